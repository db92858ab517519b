/**
 * configuration.py: swagger-codegen 2.2.2's Configuration singleton (`Configuration()` is always
 * the same object, which `<package>.configuration` also names), with the spec's base URL and an
 * auth_settings() entry per security scheme. Beyond 2.2.2's basic, API key and OAuth settings,
 * an HTTP bearer or OpenID Connect scheme sends `access_token` as `Authorization: Bearer ...`
 * (what the docs' samples configure) and an API key may travel in a cookie.
 */
import type { SecurityScheme } from '../../../model/types.js';
import type { PythonPlan } from '../plan.js';
import { moduleWriter } from './header.js';
import { pyString, type PyWriter } from './writer.js';

const STATIC_INIT = [
  '# Default api client',
  'self.api_client = None',
  '# Temp file folder for downloading files',
  'self.temp_folder_path = None',
  '',
  '# Authentication Settings',
  '# dict to store API key(s)',
  'self.api_key = {}',
  '# dict to store API prefix (e.g. Bearer)',
  'self.api_key_prefix = {}',
  '# Username for HTTP basic authentication',
  "self.username = ''",
  '# Password for HTTP basic authentication',
  "self.password = ''",
  '# Access token for OAuth2, OpenID Connect and HTTP bearer authentication',
  "self.access_token = ''",
  '',
  '# Logging Settings',
  'self.logger = {}',
  'self.logger["package_logger"] = logging.getLogger(PACKAGE_NAME)',
  'self.logger["urllib3_logger"] = logging.getLogger("urllib3")',
  '# Log format',
  "self.logger_format = '%(asctime)s %(levelname)s %(message)s'",
  '# Log stream handler',
  'self.logger_stream_handler = None',
  '# Log file handler',
  'self.logger_file_handler = None',
  '# Debug file location',
  'self.logger_file = None',
  '# Debug switch',
  'self.debug = False',
  '',
  '# SSL/TLS verification',
  '# Set this to false to skip verifying SSL certificate when calling API from https server.',
  'self.verify_ssl = True',
  '# Set this to customize the certificate file to verify the peer.',
  'self.ssl_ca_cert = None',
  '# client certificate file',
  'self.cert_file = None',
  '# client key file',
  'self.key_file = None',
];

function loggingProperties(w: PyWriter): void {
  w.line('@property');
  w.block('def logger_file(self):', () => {
    w.docstring(['Gets the logger_file.']);
    w.line('return self.__logger_file');
  });
  w.line();
  w.line('@logger_file.setter');
  w.block('def logger_file(self, value):', () => {
    w.docstring(['Sets the logger_file: a file handler when set, a stream handler otherwise.', '', ':param value: The logger_file path.', ':type: str']);
    w.line('self.__logger_file = value');
    w.block('if self.__logger_file:', () => {
      w.line('self.logger_file_handler = logging.FileHandler(self.__logger_file)');
      w.line('self.logger_file_handler.setFormatter(self.logger_formatter)');
      w.block('for _, logger in iteritems(self.logger):', () => {
        w.line('logger.addHandler(self.logger_file_handler)');
        w.block('if self.logger_stream_handler:', () => w.line('logger.removeHandler(self.logger_stream_handler)'));
      });
    });
    w.block('else:', () => {
      w.line('self.logger_stream_handler = logging.StreamHandler()');
      w.line('self.logger_stream_handler.setFormatter(self.logger_formatter)');
      w.block('for _, logger in iteritems(self.logger):', () => {
        w.line('logger.addHandler(self.logger_stream_handler)');
        w.block('if self.logger_file_handler:', () => w.line('logger.removeHandler(self.logger_file_handler)'));
      });
    });
  });
  w.line();
  w.line('@property');
  w.block('def debug(self):', () => {
    w.docstring(['Gets the debug status.']);
    w.line('return self.__debug');
  });
  w.line();
  w.line('@debug.setter');
  w.block('def debug(self, value):', () => {
    w.docstring(['Sets the debug status: DEBUG logging and httplib tracing when True.', '', ':param value: The debug status, True or False.', ':type: bool']);
    w.line('self.__debug = value');
    w.line('level = logging.DEBUG if self.__debug else logging.WARNING');
    w.block('for _, logger in iteritems(self.logger):', () => w.line('logger.setLevel(level)'));
    w.line('httplib.HTTPConnection.debuglevel = 1 if self.__debug else 0');
  });
  w.line();
  w.line('@property');
  w.block('def logger_format(self):', () => {
    w.docstring(['Gets the logger_format.']);
    w.line('return self.__logger_format');
  });
  w.line();
  w.line('@logger_format.setter');
  w.block('def logger_format(self, value):', () => {
    w.docstring(['Sets the logger_format, and the logger_formatter made from it.', '', ':param value: The format string.', ':type: str']);
    w.line('self.__logger_format = value');
    w.line('self.logger_formatter = logging.Formatter(self.__logger_format)');
  });
  w.line();
}

/** The auth_settings() entry of a scheme: where its value goes and how it is computed. */
function authEntry(scheme: SecurityScheme): readonly [string, string, string, string] {
  switch (scheme.type) {
    case 'apiKey':
      return ['api_key', scheme.in, scheme.paramName, `self.get_api_key_with_prefix(${pyString(scheme.paramName)})`];
    case 'http':
      return scheme.scheme.toLowerCase() === 'bearer'
        ? ['bearer', 'header', 'Authorization', "self.get_bearer_token()"]
        : ['basic', 'header', 'Authorization', 'self.get_basic_auth_token()'];
    case 'oauth2':
      return ['oauth2', 'header', 'Authorization', 'self.get_bearer_token()'];
    case 'openIdConnect':
      return ['bearer', 'header', 'Authorization', 'self.get_bearer_token()'];
  }
}

function authMethods(w: PyWriter, plan: PythonPlan): void {
  w.block('def get_api_key_with_prefix(self, identifier):', () => {
    w.docstring(['Gets API key (with prefix if set).', '', ':param identifier: The identifier of apiKey.', ':return: The token for api key authentication.']);
    w.block('if self.api_key.get(identifier) and self.api_key_prefix.get(identifier):', () => {
      w.line("return self.api_key_prefix[identifier] + ' ' + self.api_key[identifier]");
    });
    w.line('return self.api_key.get(identifier)');
  });
  w.line();
  w.block('def get_basic_auth_token(self):', () => {
    w.docstring(['Gets HTTP basic authentication header (string).', '', ':return: The token for basic HTTP authentication.']);
    w.line("return urllib3.util.make_headers(basic_auth=self.username + ':' + self.password).get('authorization')");
  });
  w.line();
  w.block('def get_bearer_token(self):', () => {
    w.docstring(['The Authorization value of a bearer token, None when no access_token is set.']);
    w.line("return 'Bearer ' + self.access_token if self.access_token else None");
  });
  w.line();
  w.block('def auth_settings(self):', () => {
    w.docstring(['Gets Auth Settings dict for api client.', '', ':return: The Auth Settings information dict.']);
    if (plan.api.securitySchemes.length === 0) {
      w.line('return {}');
      return;
    }
    w.line('return {');
    for (const scheme of plan.api.securitySchemes) {
      const [type, where, key, value] = authEntry(scheme);
      w.line(`    ${pyString(scheme.name)}: {`);
      w.line(`        'type': ${pyString(type)},`);
      w.line(`        'in': ${pyString(where)},`);
      w.line(`        'key': ${pyString(key)},`);
      w.line(`        'value': ${value},`);
      w.line('    },');
    }
    w.line('}');
  });
  w.line();
}

export function configurationFile(plan: PythonPlan): string {
  const w = moduleWriter(plan);
  w.line('from __future__ import absolute_import');
  w.line();
  w.line('import logging');
  w.line('import sys');
  w.line();
  w.line('import urllib3');
  w.line('from six import iteritems');
  w.line('from six.moves import http_client as httplib');
  w.line();
  w.line(`PACKAGE_NAME = ${pyString(plan.packageName)}`);
  w.line(`PACKAGE_VERSION = ${pyString(plan.packageVersion)}`);
  w.line(`API_VERSION = ${pyString(plan.api.version)}`);
  w.line();
  w.line();
  w.block('def singleton(cls, *args, **kw):', () => {
    w.line('instances = {}');
    w.line();
    w.block('def _singleton():', () => {
      w.block('if cls not in instances:', () => w.line('instances[cls] = cls(*args, **kw)'));
      w.line('return instances[cls]');
    });
    w.line('return _singleton');
  });
  w.line();
  w.line();
  w.line('@singleton');
  w.block('class Configuration(object):', () => {
    w.docstring(['The settings every API class uses: `Configuration()` is always the same object.', '', 'NOTE: This class is generated by sdkgen. Do not edit the class manually.']);
    w.line();
    w.block('def __init__(self):', () => {
      w.line('# Default Base url');
      w.line(`self.host = ${pyString(plan.api.baseUrl)}`);
      for (const text of STATIC_INIT) w.line(text);
    });
    w.line();
    loggingProperties(w);
    authMethods(w, plan);
    w.block('def to_debug_report(self):', () => {
      w.docstring(['Gets the essential information for debugging.', '', ':return: The report for debugging.']);
      w.line('return "Python SDK Debug Report:\\n"\\');
      w.line('       "OS: {env}\\n"\\');
      w.line('       "Python Version: {pyversion}\\n"\\');
      w.line('       "Version of the API: {api}\\n"\\');
      w.line('       "SDK Package Version: {package}".\\');
      w.line('       format(env=sys.platform, pyversion=sys.version, api=API_VERSION, package=PACKAGE_VERSION)');
    });
  });
  return w.toString();
}

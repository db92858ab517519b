/**
 * client.go, configuration.go and response.go: the client, its configuration and the context
 * keys for credentials, with the names and behaviour of openapi-generator 4.2.1's Go client
 * (`NewConfiguration()`, `NewAPIClient(cfg)`, `client.SessionApi`, `ContextAccessToken`, ...).
 */
import type { Api } from '../../../model/types.js';
import type { GoPlan } from '../plan.js';
import { goComment, goString, goTag, keyed, type GoFile } from './builder.js';

export function clientFile(plan: GoPlan, api: Api, header: readonly string[], packageName: string): GoFile {
  const classes = plan.classes.map((c) => c.className);
  return {
    header,
    packageName,
    imports: [{ path: 'net/http' }],
    declarations: [
      {
        kind: 'struct',
        doc: [`APIClient calls ${goComment(api.title)} ${goComment(api.version)}: one service per API class.`, 'In most cases there should be only one, shared, APIClient.'],
        name: 'APIClient',
        fields: [{ name: 'cfg', type: '*Configuration' }, { name: 'common', type: 'service' }, ...classes.map((c) => ({ name: c, type: `*${c}Service` }))],
      },
      { kind: 'struct', doc: [], name: 'service', fields: [{ name: 'client', type: '*APIClient' }] },
      {
        kind: 'func',
        doc: ['NewAPIClient creates a client; a Configuration without HTTPClient uses http.DefaultClient.'],
        name: 'NewAPIClient',
        params: ['cfg *Configuration'],
        results: ['*APIClient'],
        body: [
          { head: 'if cfg.HTTPClient == nil', body: ['cfg.HTTPClient = http.DefaultClient'] },
          'c := &APIClient{cfg: cfg}',
          'c.common.client = c',
          ...classes.map((c) => `c.${c} = (*${c}Service)(&c.common)`),
          'return c',
        ],
      },
      {
        kind: 'func',
        doc: ['ChangeBasePath changes the base path, to call another server (a mock, a staging one).'],
        receiver: 'c *APIClient',
        name: 'ChangeBasePath',
        params: ['path string'],
        results: [],
        body: ['c.cfg.BasePath = path'],
      },
      {
        kind: 'func',
        doc: ['GetConfig returns the configuration; changing it while calls run is a data race.'],
        receiver: 'c *APIClient',
        name: 'GetConfig',
        params: [],
        results: ['*Configuration'],
        body: ['return c.cfg'],
      },
    ],
  };
}

/** User-Agent as 4.2.1 sets it, with the package's version. */
function userAgent(packageVersion: string): string {
  return `OpenAPI-Generator/${packageVersion}/go`;
}

export function configurationFile(api: Api, packageVersion: string, header: readonly string[], packageName: string): GoFile {
  const contextKeys: [string, string, string][] = [
    ['ContextOAuth2', 'token', 'ContextOAuth2 takes an oauth2.TokenSource as authentication for the request.'],
    ['ContextBasicAuth', 'basic', 'ContextBasicAuth takes BasicAuth as authentication for the request.'],
    ['ContextAccessToken', 'accesstoken', 'ContextAccessToken takes a string oauth2 access token as authentication for the request.'],
    ['ContextAPIKey', 'apikey', 'ContextAPIKey takes an APIKey as authentication for the request.'],
  ];
  return {
    header,
    packageName,
    imports: [{ path: 'net/http' }],
    declarations: [
      { kind: 'type', doc: ['contextKey names the context values the client reads credentials from.'], name: 'contextKey', type: 'string' },
      { kind: 'func', doc: [], receiver: 'c contextKey', name: 'String', params: [], results: ['string'], body: ['return "auth " + string(c)'] },
      { kind: 'var', specs: contextKeys.map(([name, key, doc]) => ({ doc: [doc], text: `${name} = contextKey(${goString(key)})` })) },
      {
        kind: 'struct',
        doc: ['BasicAuth provides basic http authentication to a request passed via context using ContextBasicAuth.'],
        name: 'BasicAuth',
        fields: [
          { name: 'UserName', type: 'string', tag: goTag('json:"userName,omitempty"') },
          { name: 'Password', type: 'string', tag: goTag('json:"password,omitempty"') },
        ],
      },
      {
        kind: 'struct',
        doc: ['APIKey provides API key based authentication to a request passed via context using ContextAPIKey.'],
        name: 'APIKey',
        fields: [{ name: 'Key', type: 'string' }, { name: 'Prefix', type: 'string' }],
      },
      {
        kind: 'struct',
        doc: ['Configuration stores the configuration of the API client.'],
        name: 'Configuration',
        fields: [
          { name: 'BasePath', type: 'string', tag: goTag('json:"basePath,omitempty"') },
          { name: 'Host', type: 'string', tag: goTag('json:"host,omitempty"') },
          { name: 'Scheme', type: 'string', tag: goTag('json:"scheme,omitempty"') },
          { name: 'DefaultHeader', type: 'map[string]string', tag: goTag('json:"defaultHeader,omitempty"') },
          { name: 'UserAgent', type: 'string', tag: goTag('json:"userAgent,omitempty"') },
          { name: 'HTTPClient', type: '*http.Client' },
        ],
      },
      {
        kind: 'func',
        doc: ["NewConfiguration returns a configuration for the spec's first server."],
        name: 'NewConfiguration',
        params: [],
        results: ['*Configuration'],
        body: [
          `return ${keyed('&Configuration', [
            ['BasePath', goString(api.baseUrl)],
            ['DefaultHeader', 'make(map[string]string)'],
            ['UserAgent', goString(userAgent(packageVersion))],
          ])}`,
        ],
      },
      {
        kind: 'func',
        doc: ['AddDefaultHeader adds a header every request sends.'],
        receiver: 'c *Configuration',
        name: 'AddDefaultHeader',
        params: ['key string', 'value string'],
        results: [],
        body: ['c.DefaultHeader[key] = value'],
      },
    ],
  };
}

export function responseFile(header: readonly string[], packageName: string): GoFile {
  return {
    header,
    packageName,
    imports: [{ path: 'net/http' }],
    declarations: [
      {
        kind: 'struct',
        doc: ['APIResponse stores the API response returned by the server.'],
        name: 'APIResponse',
        fields: [
          { name: '*http.Response', type: goTag('json:"-"') },
          { name: 'Message', type: 'string', tag: goTag('json:"message,omitempty"') },
          { name: 'Operation', type: 'string', tag: goTag('json:"operation,omitempty"') },
          { name: 'RequestURL', type: 'string', tag: goTag('json:"url,omitempty"') },
          { name: 'Method', type: 'string', tag: goTag('json:"method,omitempty"') },
          { name: 'Payload', type: '[]byte', tag: goTag('json:"-"') },
        ],
      },
      {
        kind: 'func',
        doc: ['NewAPIResponse returns a new APIResponse object.'],
        name: 'NewAPIResponse',
        params: ['r *http.Response'],
        results: ['*APIResponse'],
        body: ['return &APIResponse{Response: r}'],
      },
      {
        kind: 'func',
        doc: ['NewAPIResponseWithError returns a new APIResponse object with the provided error message.'],
        name: 'NewAPIResponseWithError',
        params: ['errorMessage string'],
        results: ['*APIResponse'],
        body: ['return &APIResponse{Message: errorMessage}'],
      },
    ],
  };
}

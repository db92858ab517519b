"""
Makes calls with a generated Python package and reports what came back, for the wire tests.
Run: python wire_calls.py <package-dir> <package-name> <request>, the request a JSON object:
  {"host": URL, "access_token": "..." (optional),
   "calls": [{"api": "SessionApi", "method": "update_session", "args": [...], "kwargs": {...}}]}
An argument {"$model": "ApiSession", "fields": {...}} is built as that model. Prints a JSON list,
one entry per call: {"type", "value", "status", "headers"} for a success (from
<method>_with_http_info), {"error": {"status", "reason", "body", "data_type", "data"}} for an
ApiException.
"""
import importlib
import json
import sys

package_dir, package_name = sys.argv[1], sys.argv[2]
sys.path.insert(0, package_dir)
pkg = importlib.import_module(package_name)
request = json.loads(sys.argv[3])


def build(value):
    if isinstance(value, dict) and '$model' in value:
        return getattr(pkg, value['$model'])(**{k: build(v) for k, v in value['fields'].items()})
    if isinstance(value, list):
        return [build(v) for v in value]
    return value


def plain(value):
    """A result as JSON: models by their to_dict, plus their class names."""
    if hasattr(value, 'to_dict'):
        return {'$model': type(value).__name__, 'fields': {k: plain(getattr(value, k)) for k in value.swagger_types}}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


pkg.configuration.host = request['host']
pkg.configuration.access_token = request.get('access_token', '')
pkg.configuration.api_client = None

results = []
for call in request['calls']:
    api = getattr(pkg, call['api'])()
    method = getattr(api, call['method'] + '_with_http_info')
    try:
        data, status, headers = method(*build(call.get('args', [])), **build(call.get('kwargs', {})))
        results.append({'type': type(data).__name__, 'value': plain(data), 'status': status,
                        'headers': {k.lower(): v for k, v in headers.items()}})
    except pkg.rest.ApiException as error:
        results.append({'error': {'status': error.status, 'reason': str(error.reason), 'body': error.body,
                                  'data_type': type(error.data).__name__, 'data': plain(error.data)}})
print(json.dumps(results))

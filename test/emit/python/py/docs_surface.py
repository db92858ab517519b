"""
Checks a generated Python package against its own docs: every API class, method, parameter,
return type and model the markdown under docs/ lists must exist in the package with that
signature (read with `inspect`), and every code sample must run against a live server.

The expectations come from the markdown, not from sdkgen's plan, so a package that drifts from
its docs fails. Run: python docs_surface.py <package-dir> <package-name> [<server-url>]
Prints one JSON object: counts of what was checked, the problems found, each sample's output.
"""
import contextlib
import html
import importlib
import inspect
import io
import json
import os
import re
import sys

package_dir, package_name = sys.argv[1], sys.argv[2]
server = sys.argv[3] if len(sys.argv) > 3 else None
sys.path.insert(0, package_dir)
pkg = importlib.import_module(package_name)
docs = os.path.join(package_dir, 'docs')

problems = []
checked = {'classes': 0, 'methods': 0, 'parameters': 0, 'models': 0, 'properties': 0, 'examples': 0}
examples = []


def problem(text):
    problems.append(text)


def cell_type(cell):
    """`**str**` or `[**ApiSession**](ApiSession.md)` -> the type text."""
    found = re.search(r'\*\*(.+?)\*\*', cell)
    return html.unescape(found.group(1)) if found else None


def table_rows(section):
    """The body rows of the first markdown table in a section, as lists of cells."""
    rows = []
    for line in section.splitlines():
        if '|' not in line or line.startswith('---') or line.startswith('Name |') or line.startswith('----'):
            continue
        rows.append([c.strip() for c in line.split('|')])
    return rows


class Recorder(object):
    """Stands in for ApiClient: records the call an operation method makes, sends nothing."""

    def __init__(self):
        self.calls = []

    def select_header_accept(self, accepts):
        return accepts[0] if accepts else None

    def select_header_content_type(self, types):
        return types[0] if types else 'application/json'

    def call_api(self, resource_path, method, path_params, query_params, header_params, **kw):
        self.calls.append(dict(path=resource_path, method=method, path_params=path_params,
                               query_params=query_params, header_params=header_params, **kw))
        return None


def check_operation(cls, name, ret, sig_args, params):
    method = getattr(cls, name, None)
    if method is None or not callable(method):
        problem('%s.%s: no such method' % (cls.__name__, name))
        return
    checked['methods'] += 1
    required = [a for a in sig_args if '=' not in a]
    optional = [a.split('=')[0] for a in sig_args if '=' in a]
    for info in (name, name + '_with_http_info'):
        sig = inspect.signature(getattr(cls, info))
        names = [p.name for p in sig.parameters.values()]
        kinds = [p.kind for p in sig.parameters.values()]
        if names != ['self'] + required + ['kwargs'] or kinds[-1] != inspect.Parameter.VAR_KEYWORD:
            problem('%s.%s%s: docs say (%s)' % (cls.__name__, info, sig, ', '.join(sig_args)))
    table = {row[0].strip('*'): row for row in params if len(row) >= 3}
    if sorted(table) != sorted(required + optional):
        problem('%s.%s: parameter table %s, signature %s' % (cls.__name__, name, sorted(table), sig_args))
    # The docstring states each parameter's type, as the docs' table does.
    doc = inspect.getdoc(method) or ''
    for param, row in table.items():
        if ':param %s %s:' % (cell_type(row[1]), param) not in doc:
            problem('%s.%s: docstring has no :param %s %s:' % (cls.__name__, name, cell_type(row[1]), param))
        if ('[optional]' in row[3]) != (param in optional):
            problem('%s.%s: %s optional in the table but not in the signature, or back' % (cls.__name__, name, param))
    # Call it with every documented parameter (a placeholder of its type) on a recorder: an
    # unknown keyword raises TypeError, and the recorded call shows what the method sends.
    recorder = Recorder()
    api = cls(api_client=recorder)
    values = {p: 'v_' + p for p in required + optional}
    try:
        getattr(api, name)(*[values[p] for p in required], **{p: values[p] for p in optional})
    except Exception as error:  # noqa: BLE001 - any failure is a problem to report
        problem('%s.%s(...): %s: %s' % (cls.__name__, name, type(error).__name__, error))
        return
    call = recorder.calls[-1]
    sent = json.dumps([call['path_params'], call['query_params'], call['header_params'], call['post_params'],
                       call['files'], call['body']], default=str)
    for p in required + optional:
        checked['parameters'] += 1
        if values[p] not in sent:
            problem('%s.%s: parameter %s is not sent' % (cls.__name__, name, p))
    want = None if ret == 'void (empty response body)' else cell_type(ret)
    if call['response_type'] != want:
        problem('%s.%s returns %r, docs say %r' % (cls.__name__, name, call['response_type'], want))


def check_api_doc(path):
    text = open(path, encoding='utf8').read()
    class_name = re.match(r'# (\S+)\.(\w+)', text).group(2)
    cls = getattr(pkg, class_name, None)
    if cls is None:
        problem('%s: no class %s' % (package_name, class_name))
        return
    checked['classes'] += 1
    for section in re.split(r'\n(?=# \*\*)', text)[1:]:
        head = re.search(r'^> (?:(.+) )?(\w+)\((.*)\)$', section, re.M)
        name = head.group(2)
        sig_args = [a.strip() for a in head.group(3).split(',') if a.strip()]
        params = table_rows(section.split('### Parameters')[1].split('### Return type')[0])
        ret = section.split('### Return type')[1].split('###')[0].strip()
        check_operation(cls, name, ret, sig_args, params)
        sample = re.search(r'```python\n(.*?)```', section, re.S).group(1)
        run_example('%s.%s' % (class_name, name), sample)


def check_model_doc(path):
    text = open(path, encoding='utf8').read()
    name = re.match(r'# (\w+)', text).group(1)
    cls = getattr(pkg, name, None)
    if cls is None or not inspect.isclass(cls):
        problem('%s: no model class %s' % (package_name, name))
        return
    checked['models'] += 1
    init = inspect.signature(cls.__init__)
    instance = cls()
    for row in table_rows(text.split('## Properties')[1]):
        prop, kind = row[0].strip('*'), cell_type(row[1])
        checked['properties'] += 1
        if not isinstance(getattr(cls, prop, None), property):
            problem('%s.%s: not a property' % (name, prop))
        if prop not in init.parameters or init.parameters[prop].default is not None:
            problem('%s(%s): no keyword %s=None' % (name, init, prop))
        if instance.swagger_types.get(prop) != kind:
            problem('%s.%s is %r, docs say %r' % (name, prop, instance.swagger_types.get(prop), kind))
    for method in ('to_dict', 'to_str', '__eq__', '__ne__'):
        if method not in vars(cls):
            problem('%s has no %s' % (name, method))


def run_example(label, sample):
    """Runs a docs sample as a user would paste it, against the server when one is given."""
    if server is None:
        return
    # 2.2.2's samples open with `from __future__ import print_statement`, which no Python has
    # (the feature is print_function); the docs keep it byte for byte, the run uses the real one.
    code = sample.replace('from __future__ import print_statement', 'from __future__ import print_function')
    # A free-form body's placeholder is 2.2.2's `NULL` (Java's null, no Python name); the docs keep
    # it, the run passes Python's None in its place.
    code = re.sub(r'^(\w+) = NULL #', r'\1 = None #', code, flags=re.M)
    pkg.configuration.host = server
    pkg.configuration.api_client = None
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, label, 'exec'), {'__name__': '__sample__'})
    except Exception as error:  # noqa: BLE001
        problem('sample %s raised %s: %s' % (label, type(error).__name__, error))
    checked['examples'] += 1
    examples.append({'label': label, 'output': out.getvalue()})


for file in sorted(os.listdir(docs)):
    text = open(os.path.join(docs, file), encoding='utf8').read()
    if re.match(r'# \S+\.\w+\n', text):
        check_api_doc(os.path.join(docs, file))
    else:
        check_model_doc(os.path.join(docs, file))

readme = open(os.path.join(package_dir, 'README.md'), encoding='utf8').read()
for row in re.findall(r'^\*(\w+)\* \| \[\*\*(\w+)\*\*\]', readme, re.M):
    checked['readme_rows'] = checked.get('readme_rows', 0) + 1
    if not callable(getattr(getattr(pkg, row[0], None), row[1], None)):
        problem('README lists %s.%s, the package has none' % row)
for index, block in enumerate(re.findall(r'```python\n(.*?)```', readme, re.S)):
    run_example('README sample %d' % (index + 1), block)

print(json.dumps({'checked': checked, 'problems': problems, 'examples': examples}))

"""
The public surface of a Python client package, as JSON: for each class the package exports, its
public methods with their signatures and its properties. scripts/oracle/python.mjs compares it
between swagger-codegen 2.2.2's client and sdkgen's. Run: python python-surface.py <dir> <package>
"""
import importlib, inspect, json, sys, warnings
warnings.simplefilter('ignore')
sys.path.insert(0, sys.argv[1])
pkg = importlib.import_module(sys.argv[2])
out = {}
for name in sorted(dir(pkg)):
    obj = getattr(pkg, name)
    if inspect.isclass(obj) and obj.__module__.startswith(sys.argv[2] + '.'):
        members = {}
        for m, f in sorted(vars(obj).items()):
            if inspect.isfunction(f) and not m.startswith('_') or m == '__init__':
                members[m] = str(inspect.signature(f))
            elif isinstance(f, property):
                members[m] = 'property'
        out[name] = members
print(json.dumps(out, indent=1, sort_keys=True))

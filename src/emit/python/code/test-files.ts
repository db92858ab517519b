/**
 * test/test_<module>.py: one unittest case per API class and per model, as swagger-codegen 2.2.2
 * writes them (its were empty stubs). Ours check, without a server, what holds for any spec: each
 * operation method refuses an unknown keyword, and each model is equal to its twin and lists its
 * properties in to_dict().
 */
import type { PlanApiClass, PlanModel, PythonPlan } from '../plan.js';
import { moduleWriter } from './header.js';
import { pyString, type PyWriter } from './writer.js';

function imports(w: PyWriter, plan: PythonPlan, from: string, name: string): void {
  w.line('from __future__ import absolute_import');
  w.line();
  w.line('import unittest');
  w.line();
  w.line(`import ${plan.packageName}`);
  w.line(`from ${plan.packageName}.rest import ApiException  # noqa: F401`);
  w.line(`from ${plan.packageName}.${from} import ${name}`);
  w.line();
  w.line();
}

function main(w: PyWriter): void {
  w.line();
  w.line();
  w.block("if __name__ == '__main__':", () => w.line('unittest.main()'));
}

export function apiTestFile(api: PlanApiClass, plan: PythonPlan): string {
  const w = moduleWriter(plan);
  imports(w, plan, `apis.${api.moduleName}`, api.className);
  w.block(`class Test${api.className}(unittest.TestCase):`, () => {
    w.docstring([`${api.className} unit test stubs`]);
    w.line();
    w.block('def setUp(self):', () => w.line(`self.api = ${api.className}()`));
    w.line();
    w.block('def tearDown(self):', () => w.line('pass'));
    for (const op of api.operations) {
      const required = op.params.filter((p) => p.required).map(() => 'None');
      w.line();
      w.block(`def test_${op.name}(self):`, () => {
        w.docstring([`Test case for ${op.name}`, '', ...(op.op.summary === undefined ? [] : [op.op.summary])]);
        w.block('with self.assertRaises(TypeError):', () => {
          w.line(`self.api.${op.name}(${[...required, 'not_a_parameter_of_this_operation=1'].join(', ')})`);
        });
      });
    }
  });
  main(w);
  return w.toString();
}

export function modelTestFile(model: PlanModel, plan: PythonPlan): string {
  const w = moduleWriter(plan);
  imports(w, plan, `models.${model.moduleName}`, model.className);
  w.block(`class Test${model.className}(unittest.TestCase):`, () => {
    w.docstring([`${model.className} unit test stubs`]);
    w.line();
    w.block('def setUp(self):', () => w.line('pass'));
    w.line();
    w.block('def tearDown(self):', () => w.line('pass'));
    w.line();
    w.block(`def test${model.className}(self):`, () => {
      w.docstring([`Test ${model.className}`]);
      w.line(`model = ${model.className}()`);
      w.line(`self.assertEqual(model, ${model.className}())`);
      w.line(`self.assertEqual(sorted(model.to_dict()), sorted([${model.properties.map((p) => pyString(p.name)).join(', ')}]))`);
    });
  });
  main(w);
  return w.toString();
}

/**
 * The method names of one API class, as swagger-codegen 2.2.2's addOperationToGroup makes them:
 * unique within the class only (two classes may each have a `fetch`), an operation whose name is
 * taken getting `<name>_0`, `<name>_1`, ... in the order the class received its operations.
 */
import type { Operation } from '../../model/types.js';

/**
 * 2.2.2 scans the names already in the class once, in order: each one equal to the candidate
 * turns it into `<name>_<counter>` and counts up (`fetch`, `fetch_0`, `fetch_1`). That scan can
 * end on a name an earlier entry holds; a class cannot have two methods of one name, so sdkgen
 * then counts on until the name is free (2.2.2 would write the method twice).
 *
 * Names are held with the position they were taken at, and each plain name's scan resumes where
 * its last one stopped (a taken name keeps its place, so the names it passed still match): many
 * operations of one name cost a look-up each, not a pass over the class. Equal but for case counts
 * as taken, since a name is also a lower-cased anchor in the class's doc.
 */
export function classMethodNames(ops: readonly Operation[], plainName: (op: Operation) => string): Map<Operation, string> {
  const takenAt = new Map<string, number>();
  const scans = new Map<string, { name: string; counter: number; after: number; free: number }>();
  const names = new Map<Operation, string>();
  ops.forEach((op, index) => {
    const plain = plainName(op);
    const scan = scans.get(plain) ?? { name: plain, counter: 0, after: -1, free: 0 };
    // Positions only grow along 2.2.2's scan: a match must lie after the previous one.
    for (let at = takenAt.get(scan.name.toLowerCase()); at !== undefined && at > scan.after; at = takenAt.get(scan.name.toLowerCase())) {
      scan.after = at;
      scan.name = `${plain}_${scan.counter}`;
      scan.counter += 1;
    }
    let name = scan.name;
    if (takenAt.has(name.toLowerCase())) {
      // Names this loop passed stay taken: the next search for a free one starts past them.
      scan.free = Math.max(scan.free, scan.counter);
      do {
        name = `${plain}_${scan.free}`;
        scan.free += 1;
      } while (takenAt.has(name.toLowerCase()));
    }
    scans.set(plain, scan);
    takenAt.set(name.toLowerCase(), index);
    names.set(op, name);
  });
  return names;
}

import type { NamedSchema } from '../../model/types.js';

/**
 * The named schemas an inline model resolver adds to, in order (kit/inline-models.ts for 4.2.1 and
 * 2.2, kit/inline-models-gather.ts for 6.0). Both generators keep their models in a map by name:
 * a name put again replaces the schema at the name's first place, any other is appended. A name's
 * place never moves, so it is looked up, not searched for (a search per hoisted model was much of
 * the resolvers' time on GitHub's spec). `list` may be rewritten in place, position by position.
 */
export class NamedSchemaList {
  readonly list: NamedSchema[];
  private readonly places = new Map<string, number>();

  constructor(schemas: readonly NamedSchema[]) {
    this.list = [...schemas];
    this.list.forEach((s, i) => {
      if (!this.places.has(s.name)) this.places.set(s.name, i);
    });
  }

  put(entry: NamedSchema): void {
    const at = this.places.get(entry.name);
    if (at !== undefined) this.list[at] = entry;
    else this.places.set(entry.name, this.list.push(entry) - 1);
  }

  /** The schema at `name`'s place. */
  get(name: string): NamedSchema | undefined {
    const at = this.places.get(name);
    return at === undefined ? undefined : this.list[at];
  }
}

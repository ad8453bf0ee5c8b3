/**
 * A read-only map whose values are made on access from their position (e.g. a node's score out of typed
 * arrays, a leaf's explained score re-derived from its input): cheap to hold for thousands of units.
 */
export class LazyMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly codes: readonly string[],
    private readonly positions: ReadonlyMap<string, number>,
    private readonly make: (position: number) => V,
  ) {}

  get size(): number {
    return this.codes.length;
  }

  get(code: string): V | undefined {
    const position = this.positions.get(code);
    return position === undefined ? undefined : this.make(position);
  }

  has(code: string): boolean {
    return this.positions.has(code);
  }

  *entries(): MapIterator<[string, V]> {
    for (let position = 0; position < this.codes.length; position += 1) {
      yield [this.codes[position], this.make(position)];
    }
  }

  keys(): MapIterator<string> {
    return this.codes[Symbol.iterator]();
  }

  *values(): MapIterator<V> {
    for (let position = 0; position < this.codes.length; position += 1) yield this.make(position);
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [code, value] of this.entries()) callback(value, code, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

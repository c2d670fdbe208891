import { describe, it, expect } from 'vitest';
import { extract } from '../dist/index.js';

const person = (text: string, name: string) => extract(text).entities.find((e) => e.type === 'person' && e.name === name);

describe('aliases', () => {
  it('a family name with a possessive "s" the source lost is a mention, not an alias (docs/annotation.md)', () => {
    const obama = person('Barack Obama spoke on Monday. Later, President Obamas team agreed.', 'Barack Obama');
    expect(obama?.mentions.map((m) => m.text)).toEqual(['Barack Obama', 'Obamas']);
    expect(obama?.aliases).toEqual([]);
  });
  it('a family name that ends in "s" stays an alias', () => {
    const williams = person('Jane Williams testified. Williams said she saw the car.', 'Jane Williams');
    expect(williams?.aliases).toEqual(['Williams']);
  });
});

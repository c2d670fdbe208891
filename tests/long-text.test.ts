import { describe, it, expect } from 'vitest';
import { extract } from '../dist/index.js';

// A text over 100,000 characters (many releases in one file) looks names up through an index of
// its words instead of searching the whole text (src/kinds/add-classified.ts, linking in
// src/link/): it must decide as a short text does.
const HEADLINE = 'Quorvant Logistics Group Settles Claims\n\n2019-05-02\n\n';
const BODY = 'The settlement resolves claims that shipping records were altered between 2012 and 2016. The company agreed to pay the United States $2 million.\n\n';
const REPEAT = 'Under the agreement, Quorvant Logistics Group will also hire an independent monitor.\n\n';
const organizations = (text: string) => extract(text).entities.filter((e) => e.type === 'organization').map((e) => e.name);

describe('a Title Case headline name, in a short and in a long text', () => {
  it('is an organization when the body repeats it', () => {
    expect(organizations(HEADLINE + BODY + REPEAT)).toEqual(['Quorvant Logistics Group']);
    const long = HEADLINE + BODY.repeat(800) + REPEAT;
    expect(long.length).toBeGreaterThan(100_000);
    expect(organizations(long)).toEqual(['Quorvant Logistics Group']);
  });

  it('is not when the body never names it', () => {
    expect(organizations(HEADLINE + BODY)).toEqual([]);
    expect(organizations(HEADLINE + BODY.repeat(800))).toEqual([]);
  });
});

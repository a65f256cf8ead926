import { readableAgencies, type TreeAgency } from './report-agencies';

const TREE: TreeAgency[] = [
  { code: 'P1', name: 'Tỉnh Một', parentCode: null },
  { code: 'D1', name: 'Sở Một', parentCode: 'P1' },
  { code: 'W1', name: 'Phường Một', parentCode: 'P1' },
  { code: 'C1', name: 'Trung tâm Phường Một', parentCode: 'W1' },
  { code: 'P2', name: 'Tỉnh Hai', parentCode: null },
  { code: 'W2', name: 'Xã Hai', parentCode: 'P2' },
];

const codes = (options: { code: string; depth: number }[]) =>
  options.map((o) => `${o.code}:${o.depth}`);

describe('the agencies whose reports an official may read', () => {
  it('gives an official their own agency first, then those below it, in the tree’s order', () => {
    expect(codes(readableAgencies(TREE, { agencyCode: 'W1', systemAdmin: false }))).toEqual([
      'W1:0',
      'C1:1',
    ]);
    expect(codes(readableAgencies(TREE, { agencyCode: 'P1', systemAdmin: false }))).toEqual([
      'P1:0',
      'D1:1',
      'W1:1',
      'C1:2',
    ]);
  });

  it('gives an agency without any below it that agency alone, and none to an official without one', () => {
    expect(codes(readableAgencies(TREE, { agencyCode: 'C1', systemAdmin: false }))).toEqual([
      'C1:0',
    ]);
    expect(readableAgencies(TREE, { agencyCode: null, systemAdmin: false })).toEqual([]);
    expect(readableAgencies(TREE, { agencyCode: 'X9', systemAdmin: false })).toEqual([]);
  });

  it('gives a system administrator every agency of every province, whatever their own', () => {
    expect(codes(readableAgencies(TREE, { agencyCode: 'W1', systemAdmin: true }))).toEqual([
      'P1:0',
      'D1:1',
      'W1:1',
      'C1:2',
      'P2:0',
      'W2:1',
    ]);
  });
});

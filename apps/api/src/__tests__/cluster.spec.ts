import { httpProcessArgs } from '../cluster';

describe('httpProcessArgs', () => {
  it("adds the young generation's size to the primary's flags", () => {
    expect(httpProcessArgs(['--enable-source-maps'], undefined, 64)).toEqual(['--enable-source-maps', '--max-semi-space-size=64']);
    expect(httpProcessArgs([], '', 32)).toEqual(['--max-semi-space-size=32']);
  });

  it('leaves a size given in the flags or NODE_OPTIONS alone, and adds none for 0', () => {
    expect(httpProcessArgs(['--max-semi-space-size=8'], undefined, 64)).toEqual(['--max-semi-space-size=8']);
    expect(httpProcessArgs([], '--inspect --max_semi_space_size=16', 64)).toEqual([]);
    expect(httpProcessArgs(['--cpu-prof'], undefined, 0)).toEqual(['--cpu-prof']);
  });
});

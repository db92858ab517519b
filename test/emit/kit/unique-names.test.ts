import { describe, expect, it } from 'vitest';
import { uniqueFileNames, uniqueNames, type UniqueOptions } from '../../../src/emit/kit/unique-names.js';

describe('uniqueNames: the collision rule of every target', () => {
  it.each<[string[], UniqueOptions, string[]]>([
    [['a', 'b'], {}, ['a', 'b']],
    [['A', 'A', 'A'], {}, ['A', 'A2', 'A3']],
    [['user_id', 'user_id'], { separator: '_' }, ['user_id', 'user_id_2']],
    // a suffix never takes the plain name of a later item
    [['a', 'a', 'a_2'], { separator: '_' }, ['a', 'a_3', 'a_2']],
    [['A', 'A', 'A2'], {}, ['A', 'A3', 'A2']],
    // case counts only when asked
    [['Aa', 'AA', 'aA'], {}, ['Aa', 'AA', 'aA']],
    [['Aa', 'AA', 'aA'], { ignoreCase: true }, ['Aa', 'AA2', 'aA3']],
    [['AB', 'Ab', 'Ab_2'], { separator: '_', ignoreCase: true }, ['AB', 'Ab_3', 'Ab_2']],
    [['FooBar', 'Foobar', 'Foobar2'], { ignoreCase: true }, ['FooBar', 'Foobar3', 'Foobar2']],
    // names the scope already holds
    [['ctx', 'body'], { taken: ['ctx', 'optional'] }, ['ctx2', 'body']],
    [['Ctx'], { ignoreCase: true, taken: ['ctx'] }, ['Ctx2']],
  ])('%j with %j → %j', (names, options, want) => {
    expect(uniqueNames(names, options)).toEqual(want);
  });

  it('depends on the order given and nothing else', () => {
    const input = ['WorkspaceId', 'workspaceId', 'Can', 'WorkspaceId2'];
    expect(uniqueNames(input, { ignoreCase: true })).toEqual(['WorkspaceId', 'workspaceId3', 'Can', 'WorkspaceId2']);
    expect(uniqueNames([...input].reverse(), { ignoreCase: true })).toEqual(['WorkspaceId2', 'Can', 'workspaceId', 'WorkspaceId3']);
  });
});

describe('uniqueFileNames: names that share a folder', () => {
  it('tells apart names equal but for case with a bare number, after the names already there', () => {
    expect(uniqueFileNames(['PetSApi', 'PetsApi'])).toEqual(['PetSApi', 'PetsApi2']);
    expect(uniqueFileNames(['Pet', 'PET', 'PetsApi'], ['PetSApi', 'PetsApi2'])).toEqual(['Pet', 'PET2', 'PetsApi3']);
  });

  it('counts from start where a style numbers from 0 (openapi-generator repeated operationIds)', () => {
    expect(uniqueNames(['UsersGet', 'UsersGet', 'usersget', 'UsersGet_1'], { ignoreCase: true, separator: '_', start: 0 })).toEqual(['UsersGet', 'UsersGet_0', 'usersget_2', 'UsersGet_1']);
  });
});

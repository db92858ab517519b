import { describe, expect, it } from 'vitest';
import { assignCall, docLine, fieldLine, file, fnHead, itemHead, paramType, rustChar, rustString, typeAlias } from '../../../../src/emit/rust/code/printer.js';

describe('rustString', () => {
  it('escapes quotes and backslashes, and everything outside printable ASCII as \\u{…}', () => {
    expect(rustString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(rustString('line\nnext\ttab')).toBe('"line\\u{a}next\\u{9}tab"');
    // A bidirectional override would make rustc refuse the file; é stays readable as an escape.
    expect(rustString('\u202eé😀')).toBe('"\\u{202e}\\u{e9}\\u{1f600}"');
  });

  it('prints chars the same way', () => {
    expect(rustChar('/')).toBe("'/'");
    expect(rustChar("'")).toBe("'\\''");
    expect(rustChar('"')).toBe("'\"'");
    expect(rustChar('\\')).toBe("'\\\\'");
  });
});

describe('docLine', () => {
  it('makes one line of any text: runs of whitespace, line separators and controls become one space', () => {
    expect(docLine('Line one\r\nline two\u2028three\u0000 \u202e end ', '    ')).toEqual(['    /// Line one line two three end']);
  });

  it('writes nothing for absent or blank text', () => {
    expect(docLine(undefined)).toEqual([]);
    expect(docLine(' \n\t')).toEqual([]);
  });
});

describe('fnHead (rustfmt layout)', () => {
  it('keeps a signature that fits in 100 columns on one line', () => {
    expect(fnHead('pub async fn a', ['c: &Configuration', 'id: &str'], 'Result<(), Error<AError>>')).toEqual([
      'pub async fn a(c: &Configuration, id: &str) -> Result<(), Error<AError>> {',
    ]);
  });

  it('puts one parameter a line, with a trailing comma, when it does not', () => {
    const params = ['configuration: &configuration::Configuration', 'x_g4_tenant: &str', 'id: &str'];
    expect(fnHead('pub async fn session_id_get', params, 'Result<crate::models::GetSessionResponse, Error<SessionIdGetError>>')).toEqual([
      'pub async fn session_id_get(',
      '    configuration: &configuration::Configuration,',
      '    x_g4_tenant: &str,',
      '    id: &str,',
      ') -> Result<crate::models::GetSessionResponse, Error<SessionIdGetError>> {',
    ]);
  });
});

describe('assignCall (rustfmt layout)', () => {
  it('keeps a call that fits on the line', () => {
    expect(assignCall('    ', 'req', 'super::query', ['req', '"limit"', 'value'])).toEqual(['    req = super::query(req, "limit", value);']);
  });

  it('moves the call to the next line when only the line is too long', () => {
    const args = ['local_var_req', '"session"', `&super::to_text(&${'v'.repeat(14)})`];
    expect(args.join(', ').length).toBeLessThanOrEqual(60);
    expect(assignCall('        ', 'local_var_req', 'super::cookie_value', args)).toEqual([
      '        local_var_req =',
      `            super::cookie_value(${args.join(', ')});`,
    ]);
  });

  it('puts arguments one a line when together they are longer than 60 columns', () => {
    expect(assignCall('    ', 'local_var_req', 'super::header', ['local_var_req', '"Accept"', '"application/json, text/json, text/plain"'])).toEqual([
      '    local_var_req = super::header(',
      '        local_var_req,',
      '        "Accept",',
      '        "application/json, text/json, text/plain",',
      '    );',
    ]);
  });
});

describe('file and paramType', () => {
  it('ends with one newline, without trailing spaces or runs of blank lines', () => {
    expect(file(['a  ', '', '', '', 'b', '', ''])).toBe('a\n\nb\n');
  });

  it('borrows strings', () => {
    expect(paramType('String', false)).toBe('&str');
    expect(paramType('String', true)).toBe('Option<&str>');
    expect(paramType('Vec<String>', true)).toBe('Option<Vec<String>>');
  });
});

describe('rustfmt layouts of long lines', () => {
  it('puts the brace of a signature on its own line when the return type leaves no room for it', () => {
    const returns = 'Result<::std::collections::HashMap<String, Vec<crate::models::Shape>>, Error<ListShapesError>>';
    expect(fnHead('pub async fn list_shapes', ['configuration: &configuration::Configuration', 'kinds: Option<Vec<String>>'], returns)).toEqual([
      'pub async fn list_shapes(',
      '    configuration: &configuration::Configuration,',
      '    kinds: Option<Vec<String>>,',
      `) -> ${returns}`,
      '{',
    ]);
  });

  it('breaks a struct field after its colon past 100 columns, and not before', () => {
    const long = 'Option<::std::collections::HashMap<String, ::std::collections::HashMap<String, i32>>>';
    expect(fieldLine('    ', 'nested', long)).toEqual(['    pub nested:', `        ${long},`]);
    expect(fieldLine('    ', 'id', 'Option<String>')).toEqual(['    pub id: Option<String>,']);
  });

  // The layouts below are rustfmt's own (1.9, edition 2021), read from its output on these lines.
  const model = `crate::models::${'Xy'.repeat(36)}`;

  it('breaks the generic arguments of a field type, one a line, when the type does not fit after the colon either', () => {
    expect(fieldLine('    ', 'p1', `Option<${model}>`)).toEqual(['    pub p1: Option<', `        ${model},`, '    >,']);
    expect(fieldLine('    ', 'p2', `Option<Vec<${model}>>`)).toEqual(['    pub p2: Option<', '        Vec<', `            ${model},`, '        >,', '    >,']);
    expect(fieldLine('    ', 'p4', `Option<std::collections::HashMap<String, ${model}>>`)).toEqual([
      '    pub p4: Option<',
      '        std::collections::HashMap<',
      '            String,',
      `            ${model},`,
      '        >,',
      '    >,',
    ]);
    // An argument that fits on its line stays whole.
    const short = 'Option<std::collections::HashMap<String, crate::models::XyXyXyXyXyXyXyXyXyXyXyXy>>';
    expect(fieldLine('    ', 'p8', short)).toEqual([`    pub p8: ${short},`]);
  });

  it('puts the brace of an item on its own line, and breaks a type alias after `=`, past 100 columns', () => {
    const name = 'Xy'.repeat(48);
    expect(itemHead(`pub struct ${name}`)).toEqual([`pub struct ${name}`, '{']);
    expect(itemHead(`pub struct ${name}`, '{}')).toEqual([`pub struct ${name}`, '{}']);
    expect(itemHead('pub enum Mood')).toEqual(['pub enum Mood {']);
    expect(typeAlias(name, 'String')).toEqual([`pub type ${name} =`, '    String;']);
    expect(typeAlias('Id', 'String')).toEqual(['pub type Id = String;']);
  });
});

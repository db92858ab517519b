/**
 * The README's parts about what every call offers besides its body: Raw variants and pagination,
 * middleware, servers, enum value arrays. Its code blocks use only names every package exports
 * (the runtime's), so they compile against any spec; spec text reaches them through
 * stringLiteral and expression.ts only.
 */
import { CodeBlockWriter } from '../ts-morph.js';
import type { Api, Server } from '../../../model/types.js';
import { stringLiteral } from '../escape.js';
import { writeValue } from '../expression.js';
import type { NamePlan } from '../plan.js';
import type { CodeBlockView } from './api-view.js';
import { cell, codeSpan, fenceFor, literal } from './markdown.js';

export interface ServerRowView {
  readonly index: number;
  readonly description: string;
  readonly url: string;
  readonly variables: string;
}

export interface ReadmeFeaturesView {
  readonly paging: CodeBlockView;
  readonly middleware: CodeBlockView;
  readonly servers: readonly ServerRowView[];
  /** A Configuration choosing the first server with variables, when there is one. */
  readonly serverChoice: CodeBlockView | undefined;
  /** The values array of the first named enum, to name in the text. */
  readonly enumValues: string | undefined;
}

function block(lines: (writer: CodeBlockWriter) => void): CodeBlockView {
  const writer = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' });
  lines(writer);
  const code = `${writer.toString().trimEnd()}\n`;
  return { fence: fenceFor(code), code };
}

function paging(packageName: string): CodeBlockView {
  return block((w) => {
    w.writeLine(`import type { ApiResponse } from ${stringLiteral(packageName)};`).blankLine();
    w.writeLine('/** The URL of the next page from an RFC 8288 Link header, and the total from X-Total-Count. */');
    w.write('export function pageInfo(page: ApiResponse<unknown>): { next: string | undefined; total: number | undefined } ').inlineBlock(() => {
      w.writeLine(`const next = /<([^>]+)>;\\s*rel="?next"?/.exec(page.headers.get('Link') ?? '')?.[1];`);
      w.writeLine(`const total = page.headers.get('X-Total-Count');`);
      w.writeLine('return { next, total: total === null ? undefined : Number(total) };');
    });
  });
}

function middleware(packageName: string): CodeBlockView {
  return block((w) => {
    w.writeLine(`import { Configuration, type Middleware } from ${stringLiteral(packageName)};`).blankLine();
    w.write('const logging: Middleware = ').inlineBlock(() => {
      w.writeLine('pre: ({ method, path, attempt }) => console.log(`${method} ${path}, attempt ${attempt}`),');
      w.writeLine('post: ({ response }) => console.log(response.status),');
      w.writeLine("onError: ({ error }) => console.error('no response', error),");
    });
    w.write(';').newLine().blankLine();
    w.writeLine('export const configuration = new Configuration({ middleware: [logging] });');
  });
}

function serverRow(server: Server, index: number): ServerRowView {
  // literal, not code spans: a `|` inside a code span still ends a table cell.
  const variables = (server.variables ?? []).map((v) => {
    const allowed = v.enum === undefined || v.enum.length === 0 ? '' : ` (one of ${v.enum.map((e) => `**${literal(e)}**`).join(', ')})`;
    return `**${literal(v.name)}**: default **${literal(v.default)}**${allowed}`;
  });
  return { index, description: cell(server.description), url: literal(server.template ?? server.url), variables: variables.join('; ') };
}

function serverChoice(api: Api, packageName: string): CodeBlockView | undefined {
  const index = api.servers.findIndex((s) => (s.variables ?? []).length > 0);
  const server = api.servers[index];
  const variable = server?.variables?.[0];
  if (server === undefined || variable === undefined) return undefined;
  const value = variable.enum?.find((v) => v !== variable.default) ?? variable.default;
  // By description when it names this server alone, else by index.
  const described = server.description !== undefined && api.servers.filter((s) => s.description === server.description).length === 1;
  return block((w) => {
    w.writeLine(`import { Configuration } from ${stringLiteral(packageName)};`).blankLine();
    w.write('export const configuration = new Configuration(');
    writeValue(w, { server: described ? (server.description ?? index) : index, serverVariables: { [variable.name]: value } });
    w.write(');').newLine();
  });
}

export function readmeFeatures(api: Api, plan: NamePlan, packageName: string): ReadmeFeaturesView {
  const firstEnum = api.schemas.map((s) => plan.enumValues.get(s.name)).find((name) => name !== undefined);
  return {
    paging: paging(packageName),
    middleware: middleware(packageName),
    servers: api.servers.map(serverRow),
    serverChoice: serverChoice(api, packageName),
    enumValues: firstEnum === undefined ? undefined : codeSpan(firstEnum),
  };
}

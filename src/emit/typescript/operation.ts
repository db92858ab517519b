/**
 * One operation's pieces of an API class: its request interface, and the description of the call
 * its method hands to the runtime (runtime/base-api.ts, OperationCall).
 */
import type { WriterFunction } from 'ts-morph';
import type { Api, Operation, Parameter, SecurityRequirement } from '../../model/types.js';
import { jsDocs } from './docs.js';
import { Expression, type Value } from './expression.js';
import { interfaceStatement, type PropertyText } from './interface-writer.js';
import { bodyContent, isJsonMediaType, responseShape } from './media.js';
import type { OperationPlan } from './plan.js';
import type { TypePrinter } from './types.js';

/** The request interface of an operation that takes parameters or a body. */
export function requestInterface(plan: OperationPlan, printer: TypePrinter): WriterFunction | undefined {
  if (plan.requestType === undefined) return undefined;
  const properties: PropertyText[] = plan.fields.map(({ parameter, field }) => ({
    name: field,
    type: optionalType(printer.print(parameter.schema), parameter.required),
    hasQuestionToken: !parameter.required,
    docs: jsDocs({ summary: parameter.description, deprecated: parameter.deprecated }),
  }));
  const body = plan.operation.requestBody;
  const content = body === undefined ? undefined : bodyContent(body);
  if (body !== undefined && plan.bodyField !== undefined) {
    properties.push({
      name: plan.bodyField,
      type: optionalType(content === undefined ? 'unknown' : printer.print(content.schema), body.required),
      hasQuestionToken: !body.required,
      docs: jsDocs({ summary: body.description }),
    });
  }
  return interfaceStatement({
    name: plan.requestType,
    docs: jsDocs({ summary: `Parameters of ${plan.methodName}.` }),
    properties,
  });
}

/** Optional fields also accept `undefined`, so callers with exactOptionalPropertyTypes can pass one through. */
function optionalType(type: string, required: boolean): string {
  return required || type === 'unknown' ? type : `${type} | undefined`;
}

/** Whether every field of the request object is optional (the method then defaults it to `{}`). */
export function requestIsOptional(plan: OperationPlan): boolean {
  return plan.fields.every(({ parameter }) => !parameter.required) && plan.operation.requestBody?.required !== true;
}

/** The method's resolved type: the success body's type, an EventStream, or void. */
export function returnType(operation: Operation, printer: TypePrinter): string {
  const shape = responseShape(operation);
  if (shape.kind === 'json') return printer.print(shape.schema);
  if (shape.kind === 'event-stream') return 'EventStream';
  return shape.kind === 'text' ? 'string' : shape.kind === 'blob' ? 'Blob' : 'void';
}

/** The type of the `options` argument: event streams take `reconnect` too. */
export function optionsType(operation: Operation): string {
  return responseShape(operation).kind === 'event-stream' ? 'EventStreamOptions' : 'RequestOptions';
}

/** The OperationCall literal; values come from the `request` parameter. */
export function callValue(api: Api, plan: OperationPlan): { readonly [key: string]: Value | undefined } {
  const op = plan.operation;
  const body = op.requestBody;
  const content = body === undefined ? undefined : bodyContent(body);
  return {
    method: op.method.toUpperCase(),
    path: op.path,
    parameters: plan.fields.length === 0 ? undefined : plan.fields.map(({ parameter, field }) => parameterValue(parameter, field)),
    body:
      plan.bodyField === undefined
        ? undefined
        : {
            mediaType: content?.mediaType ?? 'application/json',
            required: body?.required === true ? true : undefined,
            value: new Expression(`request.${plan.bodyField}`),
          },
    accept: op.produces.length === 0 ? undefined : acceptHeader(op.produces, responseShape(op).kind),
    security: securityValue(api, op.security),
    response: responseShape(op).kind,
  };
}

/**
 * The spec's response types, JSON ones first when the client decodes JSON: servers such as Prism
 * (and ASP.NET's formatters) answer in the first listed type, and text/plain cannot carry an object.
 */
export function acceptHeader(produces: readonly string[], kind: string): string {
  const json = kind === 'json' ? produces.filter((type) => isJsonMediaType(type)) : [];
  return [...json, ...produces.filter((type) => !json.includes(type))].join(', ');
}

function parameterValue(parameter: Parameter, field: string): Value {
  const defaultStyle = parameter.in === 'query' || parameter.in === 'cookie' ? 'form' : 'simple';
  return {
    in: parameter.in,
    name: parameter.name,
    style: parameter.style === defaultStyle ? undefined : parameter.style,
    explode: parameter.explode === (parameter.style === 'form') ? undefined : parameter.explode,
    allowReserved: parameter.allowReserved ? true : undefined,
    required: parameter.required ? true : undefined,
    value: new Expression(`request.${field}`),
  };
}

/**
 * Alternatives with the scheme details the runtime needs. An alternative naming a scheme the
 * runtime cannot satisfy (http digest, an undefined scheme) is dropped.
 */
function securityValue(api: Api, requirements: readonly SecurityRequirement[]): Value | undefined {
  const alternatives = requirements.flatMap((requirement) => {
    const uses = requirement.schemes.map(({ name, scopes }) => schemeUse(api, name, scopes));
    return uses.every((use) => use !== undefined) ? [uses] : [];
  });
  return alternatives.length === 0 ? undefined : alternatives;
}

function schemeUse(api: Api, name: string, scopes: readonly string[]): Value | undefined {
  const scheme = api.securitySchemes.find((s) => s.name === name);
  if (scheme === undefined) return undefined;
  switch (scheme.type) {
    case 'http': {
      const kind = scheme.scheme.toLowerCase();
      return kind === 'bearer' || kind === 'basic' ? { type: kind, scheme: name } : undefined;
    }
    case 'apiKey':
      return { type: 'apiKey', scheme: name, in: scheme.in, name: scheme.paramName };
    case 'oauth2':
    case 'openIdConnect':
      return { type: 'bearer', scheme: name, scopes: scopes.length === 0 ? undefined : [...scopes] };
  }
}

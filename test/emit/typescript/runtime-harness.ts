/** A BaseApi subclass that exposes `send`, configured against the test server. */
import { BaseApi, type ApiResponse, type EventStreamOptions, type OperationCall, type RequestOptions } from '../../../src/emit/typescript/runtime/base-api.js';
import { Configuration, type ConfigurationParameters } from '../../../src/emit/typescript/runtime/configuration.js';
import type { TestServer } from './server.js';

export class TestApi extends BaseApi {
  async call<T>(call: OperationCall, options?: RequestOptions): Promise<T> {
    return (await this.send<T>(call, options)).data;
  }

  callRaw<T>(call: OperationCall, options?: EventStreamOptions): Promise<ApiResponse<T>> {
    return this.send<T>(call, options);
  }
}

export const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 50 };
export const TOKEN = 'sekret-token-123';
export const API_KEY = 'key/with&odd=chars';
export const GET: OperationCall = { method: 'GET', path: '/things', response: 'json' };

/** A client whose base path is the server's `/base`, with fast retries unless overridden. */
export function testApi(server: TestServer, parameters: ConfigurationParameters = {}): TestApi {
  return new TestApi(new Configuration({ basePath: `${server.url}/base/`, retry: FAST_RETRY, ...parameters }), 'http://unused');
}

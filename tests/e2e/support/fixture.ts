import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type Launched, type LaunchOptions } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

export interface ExtensionEnv {
  ext: Launched;
  server: TestServer;
}

/** One Chromium with the extension, and one loopback server, for a test file. */
export function useExtension(opts: LaunchOptions = {}): ExtensionEnv {
  const env = {} as ExtensionEnv;
  beforeAll(async () => {
    [env.ext, env.server] = await Promise.all([launchWithExtension(opts), startServer()]);
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}

// A loopback HTTP server whose every answer is scripted by the spec: for behaviours no honest endpoint
// (the emulator included) shows, such as stalling after the headers or repeating a NextToken forever.
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedServer {
  readonly endpoint: string;
  /** Requests received so far. */
  readonly count: number;
  stop(): Promise<void>;
}

/**
 * Answers each request with `respond(req, body, n)` (n counts from 0). Open sockets are destroyed on stop,
 * so a stalled answer never keeps the test process alive.
 */
export async function startScriptedServer(
  respond: (res: http.ServerResponse, body: string, n: number) => void,
): Promise<ScriptedServer> {
  let count = 0;
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => respond(res, body, count++));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get count() {
      return count;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A JSON 1.0 success with the headers the SDK expects. */
export function answerJson(res: http.ServerResponse, payload: unknown, requestId = "scripted-request"): void {
  const text = JSON.stringify(payload);
  res.writeHead(200, {
    "content-type": "application/x-amz-json-1.0",
    "content-length": Buffer.byteLength(text),
    "x-amzn-requestid": requestId,
  });
  res.end(text);
}

/** One PoolInformation as the wire carries it. */
export function wirePool(poolId: string, account = "123456789012") {
  return {
    PoolArn: `arn:aws:sms-voice:us-east-1:${account}:pool/${poolId}`,
    PoolId: poolId,
    Status: "ACTIVE",
    MessageType: "TRANSACTIONAL",
    TwoWayEnabled: false,
    SelfManagedOptOutsEnabled: false,
    OptOutListName: "Default",
    SharedRoutesEnabled: false,
    DeletionProtectionEnabled: false,
    CreatedTimestamp: 1_700_000_000,
  };
}

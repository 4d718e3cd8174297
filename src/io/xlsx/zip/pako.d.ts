/** The inflate half of pako 1 (a direct dependency; it ships no types of its own). */
declare module 'pako/lib/inflate' {
  export interface InflateOptions {
    raw?: boolean;
    chunkSize?: number;
  }
  export class Inflate {
    constructor(options?: InflateOptions);
    /** Called with each piece of output as it is produced; throwing from it stops the inflate. */
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    push(data: Uint8Array, mode?: boolean | number): boolean;
    err: number;
    msg: string;
    ended: boolean;
  }
}

/** The deflate half of pako 1. */
declare module 'pako/lib/deflate' {
  export function deflateRaw(data: Uint8Array, options?: { level?: number }): Uint8Array;
}

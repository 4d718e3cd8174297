/** Types of scripts/devServer.js (plain CommonJS, loaded by webpack.config.js). */
export interface CertificatePaths {
  dir: string;
  ca: string;
  cert: string;
  key: string;
}
export function certificatePaths(home?: string): CertificatePaths;
export function certificatesUsable(paths: CertificatePaths, now?: Date): boolean;
export function ensureCertificates(paths?: CertificatePaths): Promise<boolean>;
export function parseArgs(argv: string[]): { http: boolean; port: number };

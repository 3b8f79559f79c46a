/**
 * Materialised-path arithmetic. Paths are "/<id>/<id>/" strings compared byte-wise, so a subtree is one
 * index range scan: every path that starts with "/1/4/" sorts in [ "/1/4/", "/1/40" ), because "/" is the
 * byte just before "0".
 */
export const childPath = (parentPath: string | null, id: number) => `${parentPath ?? '/'}${id}/`;

export const subtreeRange = (path: string) => ({ from: path, to: `${path.slice(0, -1)}0` });

export const isWithin = (path: string, ancestorPath: string) => path.startsWith(ancestorPath);

/**
 * Model ids: lowercase name, spaces/underscores → '-', dots kept (brief: "ids = lowercase name,
 * spaces→'-', keep dots"). Pure; used by the importers and by anyone who needs a stable id.
 */
export function modelIdFromName(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_/+,:()[\]'"`*&]+/g, '-')
    .replace(/[^a-z0-9.-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return id || 'model';
}

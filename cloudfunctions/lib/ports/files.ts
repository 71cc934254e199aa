/** Materials (photos) a parent uploads when a check cannot confirm something. */
export interface StoredFile {
  fileId: string;
  size: number;
}

export interface Files {
  put(file: { ownerId: string; name: string; contentType: string; bytes: Buffer }): Promise<StoredFile>;
  get(fileId: string): Promise<{ contentType: string; bytes: Buffer } | null>;
}

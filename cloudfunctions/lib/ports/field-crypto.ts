/**
 * Encryption at rest for sensitive fields (ID numbers) and blind indexes for equality lookups.
 * The production keys come from configuration (KMS-held secrets); locally they live in DATA_DIR.
 */
export interface FieldCrypto {
  encrypt(plaintext: string): string;
  decrypt(ciphertext: string): string;
  /** Deterministic keyed hash: same input, same output; useless without the key. */
  blindIndex(value: string): string;
}

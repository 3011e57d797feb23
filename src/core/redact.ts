// Removes credentials from any text before it is shown or logged: tokens, keys, and secrets a caller knows.

const MIN_SECRET_LENGTH = 6;

/**
 * Replaces each known secret (if at least 6 characters, so short words survive), bearer and ya29 tokens,
 * PEM private keys and `access_token: …`-style pairs with `[redacted]`, even if a server echoed them.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= MIN_SECRET_LENGTH) out = out.split(s).join('[redacted]');
  return out
    .replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, '[redacted key]')
    .replace(/(Bearer\s+)[\w.~+/-]+=*/gi, '$1[redacted]')
    .replace(/ya29\.[\w.-]+/g, '[redacted]')
    .replace(/("?(?:access_token|refresh_token|client_secret|private_key)"?\s*[:=]\s*)"?[^"\s,}]+"?/gi, '$1[redacted]');
}

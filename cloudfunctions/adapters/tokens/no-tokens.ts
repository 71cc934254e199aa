import type { TokenSigner } from '../../lib/ports/token-signer';

/**
 * The TokenSigner of production: it signs nothing and accepts nothing. In CloudBase a family is
 * identified by the openid the platform puts into the call's context, which a client cannot forge; a
 * bearer token would be a second, weaker way in. Staff web login arrives with CloudBase web auth.
 */
export const noTokens: TokenSigner = {
  sign() {
    throw new Error('session tokens exist only in local mode: production identity is the WeChat openid');
  },
  verify: () => null,
};

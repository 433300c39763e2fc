// Login with the municipality's identity provider (OpenID Connect, authorization code flow with
// PKCE, state and nonce). Helder keeps roles itself: the provider only proves who someone is, and
// an employee must already exist in Helder with the same e-mail address.
import * as client from 'openid-client';
import type { OidcConfig } from '../config.js';

export interface OidcStart {
  url: string;
  verifier: string;
  state: string;
  nonce: string;
}

export class OidcLogin {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(private readonly settings: OidcConfig) {}

  private discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret,
        undefined,
        this.settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        // Try discovery again next time: the provider may have been down for a moment.
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  async start(): Promise<OidcStart> {
    const config = await this.discover();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, verifier, state, nonce };
  }

  /** Exchanges the code and returns the verified e-mail address of the person. */
  async finish(callbackPathAndQuery: string, started: Omit<OidcStart, 'url'>): Promise<{ email: string; subject: string }> {
    const config = await this.discover();
    const currentUrl = new URL(callbackPathAndQuery, this.settings.redirectUri);
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: started.verifier,
      expectedState: started.state,
      expectedNonce: started.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The identity provider returned no ID token');
    let email = typeof claims.email === 'string' ? claims.email : undefined;
    // Conforming providers may keep the e-mail address out of the ID token: ask the userinfo endpoint.
    if (!email) {
      const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = typeof userinfo.email === 'string' ? userinfo.email : undefined;
    }
    if (!email) throw new Error('The identity provider did not return an e-mail address');
    return { email: email.toLowerCase(), subject: claims.sub };
  }
}

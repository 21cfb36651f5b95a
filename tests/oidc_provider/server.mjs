// A real OpenID Connect provider (panva/oidc-provider) for dispatchhub's third-party login
// tests: `node server.mjs config.json`.
//
// The config lists one or more providers, each its own issuer on its own 127.0.0.1 port:
//   {"providers": [{"port": 4100,
//                   "clients": [{"client_id": "…", "client_secret": "…", "redirect_uris": […]}],
//                   "accounts": {"alice": {"email": "…", "email_verified": true, "name": "…"}},
//                   "clientAliases": {"alias-client-id": "real-client-id"}}]}
//
// Sign-in needs no form: the relying party's authorization request carries the account in
// `login_hint` (the test appends it), the interaction signs that account in and grants what
// was asked. An unknown login_hint is refused with `access_denied`, so a test sees the
// provider's own error. Everything else — PKCE, state, nonce, codes, signed ID tokens, JWKS,
// discovery — is oidc-provider's.
//
// `clientAliases` makes one issuer misbehave on purpose: a request made as the alias is
// served as the real client, so the ID token names the real client in `aud`. The relying
// party must refuse that token (mix-up / wrong audience).
//
// Prints "ready <issuer>" once per provider when it listens.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

import Provider from 'oidc-provider';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), use: 'sig', alg: 'RS256' };
}

function rewriteAlias(ctx, aliases, clients) {
  const alias = ctx.query.client_id;
  if (typeof alias === 'string' && aliases[alias]) {
    ctx.query = { ...ctx.query, client_id: aliases[alias] };
  }
  const header = ctx.headers.authorization;
  if (header?.startsWith('Basic ')) {
    const [id] = Buffer.from(header.slice(6), 'base64').toString().split(':');
    const target = aliases[decodeURIComponent(id)];
    if (target) {
      const secret = clients.find((client) => client.client_id === target).client_secret;
      const pair = `${encodeURIComponent(target)}:${encodeURIComponent(secret)}`;
      ctx.headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
    }
  }
}

async function interact(provider, accounts, ctx) {
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  const { prompt, params, session } = details;
  let result;
  if (prompt.name === 'login') {
    const accountId = params.login_hint;
    result = accounts[accountId]
      ? { login: { accountId } }
      : { error: 'access_denied', error_description: 'unknown test account' };
  } else {
    const grant = new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    grant.addOIDCScope(params.scope);
    result = { consent: { grantId: await grant.save() } };
  }
  ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false }));
}

function start({ port, clients, accounts, clientAliases = {} }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients,
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
  });
  provider.use(async (ctx, next) => {
    rewriteAlias(ctx, clientAliases, clients);
    if (ctx.method === 'GET' && ctx.path.startsWith('/interaction/')) {
      await interact(provider, accounts, ctx);
      return;
    }
    await next();
  });
  provider.listen(port, '127.0.0.1', () => console.log(`ready ${issuer}`));
}

config.providers.forEach(start);

import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { authConfig } from '../config/auth.config';
import { AccountsRepository } from './accounts.repository';
import type { AuthUser } from './auth-user';

export interface AccessTokenPayload {
  sub: number;
  /** The account's session epoch when the token was issued; bumping it revokes every outstanding token. */
  se: number;
  typ: 'access';
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>,
    private readonly accounts: AccountsRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse it as a public key
      // on every request, which was a sixth of an authenticated request's CPU.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessTokenPayload): Promise<AuthUser | false> {
    if (payload.typ !== 'access' || !Number.isInteger(payload.sub)) return false;
    return (await this.accounts.findActiveUser(payload.sub, payload.se)) ?? false;
  }
}

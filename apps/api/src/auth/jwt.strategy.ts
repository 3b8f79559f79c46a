import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { authConfig } from '../config/auth.config';
import { AccountsRepository } from './accounts.repository';
import type { AuthUser } from '../common/access/auth-user';

export interface AccessTokenPayload {
  sub: number;
  /** The account's session epoch when the token was issued; bumping it revokes every outstanding token. */
  se: number;
  /** The session (refresh-token family) it belongs to: ending that session, by logout or reuse, ends its tokens. */
  sid: string;
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
      // A KeyObject (see authConfig); passport-jwt's typings only name strings and Buffers.
      secretOrKey: config.jwtKey as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessTokenPayload): Promise<AuthUser | false> {
    if (payload.typ !== 'access' || !Number.isInteger(payload.sub)) return false;
    if (typeof payload.sid !== 'string') return false;
    return (await this.accounts.findActiveUser(payload.sub, payload.se, payload.sid)) ?? false;
  }
}

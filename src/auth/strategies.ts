import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy as BearerStrategy } from 'passport-http-bearer';
import { TenantsService, type Principal } from '../tenants/tenants.service';
import { JwtVerifier } from './jwt-verifier';

/** Our API keys (`gw_…`). Any other bearer token is left to the next strategy. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(BearerStrategy, 'api-key') {
  constructor(private readonly tenants: TenantsService) {
    super();
  }

  async validate(token: string): Promise<Principal | false> {
    if (!token.startsWith('gw_')) return false;
    return this.tenants.authenticate(token);
  }
}

/** OIDC access tokens for people (SPEC §8), verified by `jose`. */
@Injectable()
export class JwtStrategy extends PassportStrategy(BearerStrategy, 'jwt') {
  constructor(private readonly verifier: JwtVerifier) {
    super();
  }

  async validate(token: string): Promise<Principal> {
    return this.verifier.verify(token);
  }
}

import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { ConfigModule } from '../config/config.module';
import { TenantsModule } from '../tenants/tenants.module';
import { GatewayAuthGuard } from './auth.guard';
import { JwtVerifier } from './jwt-verifier';
import { ApiKeyStrategy, JwtStrategy } from './strategies';

@Module({
  imports: [PassportModule.register({ session: false }), ConfigModule, TenantsModule],
  providers: [GatewayAuthGuard, JwtVerifier, ApiKeyStrategy, JwtStrategy],
  exports: [GatewayAuthGuard, JwtVerifier, TenantsModule],
})
export class AuthModule {}

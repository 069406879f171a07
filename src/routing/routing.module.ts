import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ProvidersHealthController } from './providers-health.controller';
import { RoutingState } from './routing-state';

@Module({ imports: [AuthModule], controllers: [ProvidersHealthController], providers: [RoutingState], exports: [RoutingState] })
export class RoutingModule {}

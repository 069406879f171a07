import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { ConsoleAssetsController } from './console-assets.controller';
import { ConsoleController } from './console.controller';
import { ConsoleRepository } from './console.repository';

/** The browser console (issue 18): its static files and the read endpoints only it needs. */
@Module({
  imports: [AuthModule, ConfigModule, DatabaseModule],
  controllers: [ConsoleAssetsController, ConsoleController],
  providers: [ConsoleRepository],
})
export class ConsoleModule {}

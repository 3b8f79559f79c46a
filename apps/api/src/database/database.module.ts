import { Global, Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseConfig } from '../config/database.config';
import { dataSourceOptions } from './data-source-options';
import { ReadQueries } from './read-queries';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: (config: ConfigType<typeof databaseConfig>) => ({
        ...dataSourceOptions(config),
        autoLoadEntities: true,
        // Start even when PostgreSQL is briefly down; health reports it and requests answer 503 until it is back.
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [ReadQueries],
  exports: [ReadQueries],
})
export class DatabaseModule {}

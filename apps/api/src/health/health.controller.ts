import { Controller, Get } from '@nestjs/common';
import { ApiFailures } from '../common/api-description/decorators';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../common/access/decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiFailures({ 503: ['SERVICE_UNAVAILABLE'] })
  @ApiOperation({ summary: 'Tình trạng hệ thống (kiểm tra kết nối cơ sở dữ liệu)' })
  check() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiFailures, ApiListQuery } from '../common/api-description/decorators';
import { Roles } from '../common/access/decorators';
import { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto';
import { UnitsAdmin } from './units.admin';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { filterParsers, ListSpec, Page, parseListQuery } from '../common/list-query/list-query';
import { Unit, UNIT_KINDS } from './unit.entity';
import { UnitFilter, UnitsService } from './units.service';

export const UNIT_LIST_SPEC: ListSpec<UnitFilter> = {
  sortable: ['name', 'code', 'sortOrder', 'depth', 'path'],
  defaultSort: { field: 'path', order: 'ASC' },
  filters: {
    id: filterParsers.idList,
    parentId: filterParsers.id,
    kind: filterParsers.oneOf(UNIT_KINDS),
    subtreeOf: filterParsers.id,
  },
  maxPerPage: 1000,
};

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly admin: UnitsAdmin,
  ) {}

  @Get()
  @ApiListQuery(UNIT_LIST_SPEC)
  @ApiFailures({ 404: ['NOT_FOUND'] })
  @ApiOperation({ summary: 'Danh sách đơn vị (phân trang, lọc theo cây)' })
  list(@Query() query: Record<string, unknown>): Promise<Page<Unit>> {
    return this.units.list(parseListQuery(query, UNIT_LIST_SPEC));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Chi tiết đơn vị' })
  findOne(@Param('id', ParseIdPipe) id: number): Promise<Unit> {
    return this.units.findOne(id);
  }

  @Post()
  @Roles('admin')
  @ApiFailures({ 404: ['NOT_FOUND'], 409: ['UNIT_CODE_TAKEN'] })
  @ApiOperation({ summary: 'Tạo đơn vị (quản trị viên)' })
  create(@Body() dto: CreateUnitDto): Promise<Unit> {
    return this.admin.create(dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiFailures({ 409: ['UNIT_CODE_TAKEN'] })
  @ApiOperation({ summary: 'Sửa hoặc chuyển đơn vị (kèm version đã đọc)' })
  update(@Param('id', ParseIdPipe) id: number, @Body() dto: UpdateUnitDto): Promise<Unit> {
    return this.admin.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Xóa đơn vị không còn đơn vị con và tài khoản' })
  remove(@Param('id', ParseIdPipe) id: number): Promise<void> {
    return this.admin.remove(id);
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/validation/parse-id.pipe';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { filterParsers, ListSpec, Page, parseListQuery } from '../common/list-query/list-query';
import { Unit, UNIT_KINDS } from './unit.entity';
import { UnitFilter, UnitsService } from './units.service';

export const UNIT_LIST_SPEC: ListSpec<UnitFilter> = {
  sortable: ['name', 'code', 'sortOrder', 'depth', 'path'],
  defaultSort: { field: 'path', order: 'ASC' },
  filters: { id: filterParsers.idList, parentId: filterParsers.id, kind: filterParsers.oneOf(UNIT_KINDS), subtreeOf: filterParsers.id },
  maxPerPage: 1000,
};

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách đơn vị (phân trang, lọc theo cây)' })
  list(@Query() query: Record<string, unknown>): Promise<Page<Unit>> {
    return this.units.list(parseListQuery(query, UNIT_LIST_SPEC));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Chi tiết đơn vị' })
  findOne(@Param('id', ParseIdPipe) id: number): Promise<Unit> {
    return this.units.findOne(id);
  }
}

import {
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiFailures, ApiFileResponse } from '../../common/api-description/decorators';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { loadExcel } from '../../common/excel';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/decorators';
import { Audit, type AuditContext } from '../../audit/audit-context';
import { todayInVietnam } from '@motcua/domain';
import { ApiError, type FieldError } from '../../common/errors/api-error';
import { SingleFileUpload } from '../../common/upload/single-file-upload';
import { Unit } from '../../units/unit.entity';
import { UnitScope } from '../../units/unit-scope.service';
import { IMPORT_MAX_BYTES } from './import-columns';
import { importTemplate } from './import-template';
import { ImportService } from './import.service';
import { readSpreadsheet } from './spreadsheet-reader';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const upload = SingleFileUpload({
  maxBytes: IMPORT_MAX_BYTES,
  tooLargeMessage: 'Tệp nhập tối đa 10 MB. Vui lòng chia thành nhiều tệp.',
});

type UploadedSheet = { buffer: Buffer; originalname: string };

const booleanProblems = (flags: Record<string, string | undefined>) =>
  Object.entries(flags).flatMap(([field, value]) =>
    value === undefined || value === 'true' || value === 'false'
      ? []
      : [{ field, code: 'MUST_BE_BOOLEAN', message: `${field} phải là true hoặc false.` }],
  );

/** The uploaded file's rows, once the query's problems (and a missing file) have been refused together. */
async function rowsOf(file: UploadedSheet | undefined, problems: FieldError[]) {
  const errors = [
    ...problems,
    ...(file?.buffer.length ? [] : [{ field: 'file', code: 'REQUIRED', message: 'Vui lòng chọn tệp Excel hoặc CSV.' }]),
  ];
  if (errors.length) throw ApiError.badRequest(errors);
  return readSpreadsheet(file!.buffer, file!.originalname);
}

const sendXlsx = (res: Response, fileName: string, body: Buffer) => {
  res.setHeader('Content-Type', XLSX);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(body);
};

@ApiTags('officers')
@ApiBearerAuth()
@Controller('officers/import')
@Roles('admin', 'unit_admin')
export class ImportController {
  constructor(
    private readonly imports: ImportService,
    private readonly scope: UnitScope,
    private readonly dataSource: DataSource,
  ) {}

  @Get('template')
  @ApiFileResponse(XLSX)
  @ApiOperation({ summary: 'Tệp Excel mẫu để nhập cán bộ (kèm danh sách mã đơn vị trong phạm vi)' })
  async template(@CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    const builder = this.dataSource.getRepository(Unit).createQueryBuilder('unit').orderBy('unit.path', 'ASC');
    const units = await this.scope.restrict(builder, user, 'unit').getMany();
    sendXlsx(res, 'mau-nhap-can-bo.xlsx', await importTemplate(units));
  }

  @Post()
  @HttpCode(200)
  @UseInterceptors(upload)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiQuery({ name: 'mode', required: true, enum: ['dry-run', 'commit'] })
  @ApiQuery({ name: 'skipInvalid', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'confirmFlagged', required: false, enum: ['true', 'false'] })
  @ApiFailures({ 400: ['IMPORT_HAS_ERRORS'] })
  @ApiOperation({
    summary:
      'Nhập cán bộ từ Excel/CSV: mode=dry-run (xem trước) hoặc commit (áp dụng), skipInvalid=true để bỏ qua dòng lỗi, confirmFlagged=true khi đã xem lại các dòng cấp quyền hoặc khớp theo số CCCD',
  })
  async import(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: UploadedSheet | undefined,
    @Query('mode') mode: string | undefined,
    @Query('skipInvalid') skipInvalid: string | undefined,
    @Query('confirmFlagged') confirmFlagged: string | undefined,
    @Audit() audit: AuditContext,
  ) {
    const errors = [
      ...(mode === 'dry-run' || mode === 'commit'
        ? []
        : [{ field: 'mode', code: 'NOT_ALLOWED_VALUE', message: 'mode phải là dry-run hoặc commit.' }]),
      ...booleanProblems({ skipInvalid, confirmFlagged }),
    ];
    const rows = await rowsOf(file, errors);
    return mode === 'commit'
      ? this.imports.commit(
          user,
          rows,
          { skipInvalid: skipInvalid === 'true', confirmFlagged: confirmFlagged === 'true' },
          audit,
        )
      : this.imports.dryRun(user, rows);
  }

  @Post('report')
  @HttpCode(200)
  @UseInterceptors(upload)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiFileResponse(XLSX)
  @ApiOperation({
    summary:
      'Kết quả kiểm tra (dry-run) dưới dạng Excel: mỗi dòng của tệp kèm kết quả, thay đổi, dòng cần xem lại và lỗi',
  })
  async report(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: UploadedSheet | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const rows = await rowsOf(file, []);
    sendXlsx(res, `ket-qua-kiem-tra-nhap-can-bo-${todayInVietnam()}.xlsx`, await this.imports.reportSheet(user, rows));
  }

  @Get('batches/:batchId/activation-codes')
  @ApiFileResponse(XLSX)
  @ApiFailures({ 410: ['ACTIVATION_SHEET_GONE'] })
  @ApiOperation({ summary: 'Tải MỘT LẦN danh sách mã kích hoạt của các tài khoản vừa nhập' })
  async activationCodes(
    @CurrentUser() user: AuthUser,
    @Param('batchId', new ParseUUIDPipe()) batchId: string,
    @Res() res: Response,
  ): Promise<void> {
    const codes = await this.imports.takeActivationCodes(user, batchId);
    const workbook = new (await loadExcel()).Workbook();
    const sheet = workbook.addWorksheet('Mã kích hoạt');
    sheet.columns = [
      { header: 'Tên đăng nhập', key: 'username', width: 20 },
      { header: 'Họ và tên', key: 'fullName', width: 28 },
      { header: 'Đơn vị', key: 'unitName', width: 50 },
      { header: 'Mã kích hoạt', key: 'code', width: 18 },
    ];
    sheet.getRow(1).font = { bold: true };
    codes.forEach((c) => sheet.addRow(c));
    sendXlsx(res, 'ma-kich-hoat.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
  }
}

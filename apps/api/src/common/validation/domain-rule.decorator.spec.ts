import { Body, Controller, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { IsOptional } from 'class-validator';
import request from 'supertest';
import fc from 'fast-check';
import { validateCitizenId, validateEmail, validateFullName, validatePhone, type Gender } from '@motcua/domain';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { DomainRule } from './domain-rule.decorator';
import { ValidationPipe } from '@nestjs/common';
import { validationExceptionFactory } from './validation-exception.factory';

class PersonDto {
  @IsOptional() @DomainRule(validateFullName) fullName?: string;
  @IsOptional() @DomainRule(validatePhone) phone?: string;
  @IsOptional() @DomainRule(validateEmail) email?: string;
  @IsOptional()
  @DomainRule(validateCitizenId, (dto: PersonDto) => ({ birthDate: dto.birthDate, gender: dto.gender }))
  citizenId?: string;
  @IsOptional() birthDate?: string;
  @IsOptional() gender?: Gender;
}

@Controller('people')
class PeopleController {
  @Post()
  create(@Body() person: PersonDto) {
    return person;
  }
}

describe('libs/domain rules inside the API’s validation', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [PeopleController] }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>();
    app.useGlobalPipes(
      new ValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        transform: true,
        exceptionFactory: validationExceptionFactory,
      }),
    );
    app.useGlobalFilters(new AllExceptionsFilter());
    await app.init();
  });
  afterAll(() => app.close());

  const post = (body: object) => request(app.getHttpServer()).post('/people').send(body);

  it('lists every failing field at once with the library’s codes and Vietnamese messages', async () => {
    const res = await post({
      fullName: 'A',
      phone: '02438251234',
      email: 'nguyễn@x.vn',
      citizenId: '123456789',
    }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'fullName', code: 'NAME_LENGTH' }),
        expect.objectContaining({ field: 'phone', code: 'PHONE_LANDLINE' }),
        expect.objectContaining({ field: 'email', code: 'EMAIL_DIACRITICS' }),
        expect.objectContaining({
          field: 'citizenId',
          code: 'CCCD_OLD_CMND',
          message: expect.stringMatching(/CMND 9 chữ số/),
        }),
      ]),
    );
  });

  it('checks the CCCD against the birth date and gender sent with it', async () => {
    const res = await post({ citizenId: '001099012345', birthDate: '1985-05-01', gender: 'female' }).expect(400);
    expect(res.body.errors.map((e: { code: string }) => e.code).sort()).toEqual([
      'CCCD_GENDER_MISMATCH',
      'CCCD_YEAR_MISMATCH',
    ]);
  });

  it('returns the same codes as the library for any input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 14 }), fc.stringMatching(/^[0-9 +.-]{8,14}$/)),
        async (phone) => {
          const expected = validatePhone(phone).errors.map((e) => e.code);
          const res = await post({ phone });
          const actual = res.status === 400 ? res.body.errors.map((e: { code: string }) => e.code) : [];
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});

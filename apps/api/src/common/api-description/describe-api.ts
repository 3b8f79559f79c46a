import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { describeDtoConstraints } from './dto-schemas';
import type { OpenAPIObject } from './openapi-types';
import { describeAnswers } from './route-answers';
import { routeHandlers } from './routes';

/**
 * The document of GET /api/docs-json. Swagger reads the decorators; what the ValidationPipe, the guards and the
 * pipes really check is then read from their own metadata, so the description says what the API does.
 */
export function describeApi(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Một Cửa Officer Console API')
      .setDescription('API chuẩn hóa thông tin cán bộ, công chức, viên chức')
      .setVersion('1.0')
      .addBearerAuth()
      .build(),
  );
  describeDtoConstraints(document);
  describeAnswers(document, routeHandlers(app));
  return document;
}

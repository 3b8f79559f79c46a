import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** The reason is required and its length checked in the service, with messages the supervisor can act on. */
export class SendBackDto {
  @ApiProperty({ example: 'Ảnh đại diện chưa rõ mặt, đề nghị tải ảnh chân dung mới.' })
  @IsOptional()
  @IsString({ message: 'Lý do yêu cầu bổ sung phải là văn bản.' })
  reason?: string;
}

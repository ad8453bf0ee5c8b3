import { ApiProperty } from '@nestjs/swagger';

export class ImportResultDto {
  @ApiProperty({ type: [String] }) units!: string[];
}

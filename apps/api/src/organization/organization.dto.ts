import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@par/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { IsCode, IsText, IsVersion, Optional } from '../common/http/validation';

/** An appraiser's areas: area codes, or `*` for every area. */
function IsAreaCodes(): PropertyDecorator {
  return applyDecorators(Matches(/^(\*|[A-Za-z0-9._-]{1,20})$/, { each: true }), ArrayMaxSize(50), IsArray());
}

export class UnitTypeDto {
  @ApiProperty({ example: 'department' }) code!: string;
  @ApiProperty({ example: 'Sở, ban, ngành cấp tỉnh' }) nameVi!: string;
  @ApiProperty({ example: 'Provincial department or agency' }) nameEn!: string;
  @ApiProperty() sortOrder!: number;
  @ApiProperty() active!: boolean;
}

export class CreateUnitTypeDto {
  @ApiProperty({ example: 'public_service_unit' })
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Đơn vị sự nghiệp' })
  @IsText({ min: 1, max: 200 })
  nameVi!: string;

  @ApiProperty({ example: 'Public service unit' })
  @IsText({ min: 1, max: 200 })
  nameEn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  sortOrder?: number;
}

export class UpdateUnitTypeDto {
  @ApiPropertyOptional() @IsOptional() @IsText({ min: 1, max: 200 }) nameVi?: string;
  @ApiPropertyOptional() @IsOptional() @IsText({ min: 1, max: 200 }) nameEn?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) sortOrder?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class UnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'STP' }) code!: string;
  @ApiProperty({ example: 'Sở Tư pháp' }) name!: string;
  @ApiProperty({ example: 'department' }) type!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) parentCode!: string | null;
  @ApiPropertyOptional({
    type: [String],
    example: ['SKHDT', 'STC'],
    description:
      'Đơn vị tiền nhiệm (sáp nhập) / codes this unit replaced: year-over-year change follows them',
  })
  replaces?: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Optimistic concurrency: send it back with PATCH' }) version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class CreateUnitDto {
  @ApiProperty({ example: 'STP', description: 'Unique, stable across years' })
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Sở Tư pháp' })
  @IsText({ min: 1, max: 300 })
  name!: string;

  @ApiProperty({ example: 'department', description: 'A unit type code (GET /unit-types)' })
  @IsCode()
  type!: string;

  @ApiPropertyOptional({ example: 'UBND-TINH' })
  @IsOptional()
  @IsCode()
  parentCode?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['SKHDT', 'STC'],
    description: 'Codes this unit replaced (merger)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsCode({ each: true })
  replaces?: string[];
}

export class UpdateUnitDto {
  @ApiPropertyOptional() @IsOptional() @IsText({ min: 1, max: 300 }) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsCode() type?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null removes the parent' })
  @Optional({ nullable: true })
  @IsCode()
  parentCode?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Codes this unit replaced (merger); [] clears' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsCode({ each: true })
  replaces?: string[];

  @ApiProperty({ description: 'The version last read; a stale one answers 409 STALE_VERSION' })
  @IsVersion()
  version!: number;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'stp.canbo' }) username!: string;
  @ApiProperty({ example: 'Nguyễn Văn An' }) fullName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, nullable: true }) unitCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({ type: [String], example: ['1', '2'] }) areaCodes!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty() mustChangePassword!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lockedUntil!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() version!: number;
}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;

export class CreateUserDto {
  @ApiProperty({ example: 'stp.canbo', description: '3–64 letters, digits, . _ -' })
  @Matches(USERNAME, { message: 'tên đăng nhập 3–64 ký tự: chữ, số, . _ - / 3–64 letters, digits, . _ -' })
  username!: string;

  @ApiProperty({ example: 'mật-khẩu-đủ-dài', minLength: 10 })
  @IsText({ max: 200 })
  password!: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsText({ min: 1, max: 200 })
  fullName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({
    example: 'STP',
    description: 'Required for unit_head and unit_editor; the lead agency of an appraiser',
  })
  @IsOptional()
  @IsCode()
  unitCode?: string;

  @ApiPropertyOptional({ description: 'The user must choose a new password at first sign-in' })
  @IsOptional()
  @IsBoolean()
  mustChangePassword?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['1', '2'], description: "Appraiser's areas ('*' = all)" })
  @IsOptional()
  @IsAreaCodes()
  areaCodes?: string[];
}

export class UpdateUserDto {
  @ApiPropertyOptional() @IsOptional() @IsText({ min: 1, max: 200 }) fullName?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Optional({ nullable: true })
  @IsCode()
  unitCode?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsAreaCodes()
  areaCodes?: string[];

  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;

  @ApiProperty() @IsVersion() version!: number;
}

export class ResetPasswordDto {
  @ApiPropertyOptional({ description: 'Omit to generate one (returned once)' })
  @IsOptional()
  @IsText({ max: 200 })
  newPassword?: string;
}

export class ResetPasswordResultDto {
  @ApiProperty({ description: 'The new password (shown once); the user must change it at next login' })
  password!: string;
}

export class UserQueryDto {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional() @IsOptional() @IsCode() unitCode?: string;
  @ApiPropertyOptional({ description: 'Part of username or full name' })
  @IsOptional()
  @IsText({ max: 100 })
  q?: string;
}

export class UnitQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsCode() type?: string;
  @ApiPropertyOptional({ description: 'Part of code or name' })
  @IsOptional()
  @IsText({ max: 100 })
  q?: string;

  @ApiPropertyOptional({ description: 'true: only active units' })
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

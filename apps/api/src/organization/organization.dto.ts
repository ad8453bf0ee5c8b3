import { ListQueryDto, PageDtoOf, SearchParam, SortParam } from '../common/http/list-query';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@par/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCode, IsText, IsVersion, Optional } from '../common/http/validation';

/** An appraiser's areas: area codes, or `*` for every area. */
function IsAreaCodes(): PropertyDecorator {
  return applyDecorators(Matches(/^(\*|[A-Za-z0-9._-]{1,20})$/, { each: true }), ArrayMaxSize(50), IsArray());
}

export class UnitTypeDto {
  @ApiProperty({ example: 'department' }) code!: string;
  @ApiProperty({ example: 'Sở, ban, ngành cấp tỉnh' }) nameVi!: string;
  @ApiProperty({ example: 'Provincial department or agency' }) nameEn!: string;
  @ApiProperty({ type: 'integer' }) sortOrder!: number;
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
  @Optional()
  @IsInt()
  @Min(0)
  sortOrder?: number;
}

export class UpdateUnitTypeDto {
  @ApiPropertyOptional() @Optional() @IsText({ min: 1, max: 200 }) nameVi?: string;
  @ApiPropertyOptional() @Optional() @IsText({ min: 1, max: 200 }) nameEn?: string;
  @ApiPropertyOptional() @Optional() @IsInt() @Min(0) sortOrder?: number;
  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;
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
  @ApiProperty({ type: 'integer', description: 'Optimistic concurrency: send it back with PATCH' })
  version!: number;
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
  @Optional()
  @IsCode()
  parentCode?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['SKHDT', 'STC'],
    description: 'Codes this unit replaced (merger)',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsCode({ each: true })
  replaces?: string[];
}

export class UpdateUnitDto {
  @ApiPropertyOptional() @Optional() @IsText({ min: 1, max: 300 }) name?: string;
  @ApiPropertyOptional() @Optional() @IsCode() type?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null removes the parent' })
  @Optional({ nullable: true })
  @IsCode()
  parentCode?: string | null;

  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Codes this unit replaced (merger); [] clears' })
  @Optional()
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
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Where the reminder digest is mailed (when SMTP is configured)',
  })
  email?: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() mustChangePassword!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lockedUntil!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: 'integer' }) version!: number;
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
  @Optional()
  @IsCode()
  unitCode?: string;

  @ApiPropertyOptional({ description: 'The user must choose a new password at first sign-in' })
  @Optional()
  @IsBoolean()
  mustChangePassword?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['1', '2'], description: "Appraiser's areas ('*' = all)" })
  @Optional()
  @IsAreaCodes()
  areaCodes?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'an.nv@laichau.gov.vn' })
  @Optional({ nullable: true })
  @IsEmail({}, { message: 'địa chỉ e-mail không hợp lệ / not a valid e-mail address' })
  @MaxLength(254)
  email?: string | null;
}

export class UpdateUserDto {
  @ApiPropertyOptional() @Optional() @IsText({ min: 1, max: 200 }) fullName?: string;
  @ApiPropertyOptional({ enum: ROLES }) @Optional() @IsIn(ROLES) role?: Role;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Optional({ nullable: true })
  @IsCode()
  unitCode?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsAreaCodes()
  areaCodes?: string[];

  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'an.nv@laichau.gov.vn' })
  @Optional({ nullable: true })
  @IsEmail({}, { message: 'địa chỉ e-mail không hợp lệ / not a valid e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @ApiProperty() @IsVersion() version!: number;
}

export class ResetPasswordDto {
  @ApiPropertyOptional({ description: 'Omit to generate one (returned once)' })
  @Optional()
  @IsText({ max: 200 })
  newPassword?: string;
}

export class ResetPasswordResultDto {
  @ApiProperty({ description: 'The new password (shown once); the user must change it at next login' })
  password!: string;
}

export const USER_SORT = {
  username: 'u.username',
  fullName: 'u.fullName',
  role: 'u.role',
  createdAt: 'u.createdAt',
  lastLoginAt: 'u.lastLoginAt',
} as const;

export class UserQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ROLES }) @Optional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional() @Optional() @IsCode() unitCode?: string;
  @SearchParam('username and full name') q?: string;
  @SortParam(USER_SORT, 'username') override sort?: string;
}

export const UNIT_SORT = {
  code: 'u.code',
  name: 'u.name',
  type: 'u.typeCode',
  createdAt: 'u.createdAt',
  updatedAt: 'u.updatedAt',
} as const;

export class UnitQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @Optional() @IsCode() type?: string;
  @ApiPropertyOptional({ description: 'Exact code, ignoring case (the lookup by code an integrator needs)' })
  @Optional()
  @IsCode()
  code?: string;
  @SearchParam('code and name') q?: string;

  @ApiPropertyOptional({ description: 'true: only active units' })
  @Optional()
  @Type(() => String)
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';

  @SortParam(UNIT_SORT, 'type,code') override sort?: string;
}

export const UnitPageDto = PageDtoOf(UnitDto, 'UnitPageDto');
export type UnitPageDto = InstanceType<typeof UnitPageDto>;
export const UserPageDto = PageDtoOf(UserDto, 'UserPageDto');
export type UserPageDto = InstanceType<typeof UserPageDto>;

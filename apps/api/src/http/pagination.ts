import { Type as NestType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Far beyond any real list; keeps the OFFSET a number PostgreSQL accepts. */
const MAX_PAGE = 1_000_000;

/**
 * `?page=&limit=` for every list (`docs/api.md`, "Lists and pagination"). Extend it for filters.
 * Decorators run bottom-up and the first failure is the one reported: type check nearest.
 */
export class PaginationQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @Max(MAX_PAGE, { context: { message: `Số trang không được lớn hơn ${MAX_PAGE}.` } })
  @Min(1, { context: { message: 'Số trang phải từ 1 trở lên.' } })
  @IsInt({ context: { message: 'Số trang phải là số nguyên.' } })
  @Type(() => Number)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @Max(MAX_PAGE_SIZE, {
    context: { message: `Số bản ghi mỗi trang không được lớn hơn ${MAX_PAGE_SIZE}.` },
  })
  @Min(1, { context: { message: 'Số bản ghi mỗi trang phải từ 1 trở lên.' } })
  @IsInt({ context: { message: 'Số bản ghi mỗi trang phải là số nguyên.' } })
  @Type(() => Number)
  limit: number = DEFAULT_PAGE_SIZE;
}

/** One page of a list: `{ items, total, page, limit }`. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

/** Rows to skip for a page (SQL OFFSET). */
export function offsetOf(query: { page: number; limit: number }): number {
  return (query.page - 1) * query.limit;
}

export function pageOf<T>(
  items: T[],
  total: number,
  query: { page: number; limit: number },
): Page<T> {
  return { items, total, page: query.page, limit: query.limit };
}

/**
 * Swagger schema for `Page<item>`: `@ApiOkResponse({ type: PageDto(ProcedureDto) })`.
 * Memoised so each item type yields one named schema.
 */
export function PageDto<T>(item: NestType<T>): NestType<Page<T>> {
  const known = pageDtos.get(item);
  if (known) return known as NestType<Page<T>>;

  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({ example: 42, description: 'Number of items matching the query' }) total: number;
    @ApiProperty({ example: 1 }) page: number;
    @ApiProperty({ example: DEFAULT_PAGE_SIZE }) limit: number;
  }
  Object.defineProperty(PageOfItems, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  pageDtos.set(item, PageOfItems);
  return PageOfItems;
}

const pageDtos = new Map<NestType<unknown>, NestType<unknown>>();

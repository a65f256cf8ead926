import { Injectable } from '@nestjs/common';
import { DeliveryMethod, FieldError, validateFormData } from '@motcua/domain';
import type { DeliveryAddress, DossierAttachment } from '@motcua/database';
import { EntityManager } from 'typeorm';
import { FilesService } from '../files/files.service';
import { ProcedureForFiling } from '../procedures/procedure-for-filing';

export interface DossierInput {
  formData: Record<string, unknown>;
  attachments: { documentCode: string; fileId: string }[];
  deliveryMethod: DeliveryMethod;
  deliveryAddress?: DeliveryAddress | null;
}

export interface CheckedContent {
  formData: Record<string, unknown>;
  attachments: DossierAttachment[];
  deliveryMethod: DeliveryMethod;
  deliveryAddress: DeliveryAddress | null;
}

/**
 * Checks what a citizen files against the procedure: its form fields, its documents, the
 * files they uploaded, and how the result may be delivered. A draft is checked leniently
 * (what is there must be right); a submission must also be complete. Every problem is
 * reported at once, one entry per field.
 */
@Injectable()
export class DossierContentChecker {
  constructor(private readonly files: FilesService) {}

  /** The uploads are looked up on `manager` (the caller's transaction, if any). */
  async check(
    manager: EntityManager,
    ownerId: string,
    procedure: ProcedureForFiling,
    input: DossierInput,
    mode: 'draft' | 'submission',
  ): Promise<{ content: CheckedContent; errors: FieldError[] }> {
    const errors = validateFormData(procedure.fields, input.formData, {
      partial: mode === 'draft',
    });
    const documents = new Map(procedure.requiredDocuments.map((d) => [d.code, d]));
    const owned = await this.files.findOwnedFiles(
      manager,
      ownerId,
      input.attachments.map((a) => a.fileId),
    );
    const attachments: DossierAttachment[] = [];
    input.attachments.forEach((attachment, index) => {
      const file = owned.get(attachment.fileId);
      if (!documents.has(attachment.documentCode)) {
        errors.push({
          field: `attachments[${index}].documentCode`,
          message: 'Giấy tờ này không thuộc thành phần hồ sơ của thủ tục.',
        });
      } else if (!file) {
        errors.push({
          field: `attachments[${index}].fileId`,
          message: 'Không tìm thấy tệp đính kèm (tệp phải do chính bạn tải lên).',
        });
      } else {
        attachments.push({
          documentCode: attachment.documentCode,
          fileId: file.id,
          fileName: file.fileName,
        });
      }
    });
    if (mode === 'submission') {
      const attached = new Set(input.attachments.map((a) => a.documentCode));
      for (const document of procedure.requiredDocuments) {
        if (document.required && !attached.has(document.code)) {
          errors.push({
            field: `attachments.${document.code}`,
            message: `Thiếu giấy tờ bắt buộc: ${document.name}.`,
          });
        }
      }
    }
    errors.push(...this.checkDelivery(procedure, input, mode));
    return {
      content: {
        formData: input.formData,
        attachments,
        deliveryMethod: input.deliveryMethod,
        deliveryAddress: input.deliveryAddress ?? null,
      },
      errors,
    };
  }

  private checkDelivery(
    procedure: ProcedureForFiling,
    input: DossierInput,
    mode: 'draft' | 'submission',
  ): FieldError[] {
    if (input.deliveryMethod === DeliveryMethod.Postal) {
      if (!procedure.postalDelivery) {
        return [
          {
            field: 'deliveryMethod',
            message: 'Thủ tục này không hỗ trợ nhận kết quả qua dịch vụ bưu chính công ích.',
          },
        ];
      }
      if (!input.deliveryAddress && mode === 'submission') {
        return [
          {
            field: 'deliveryAddress',
            message: 'Vui lòng nhập địa chỉ nhận kết quả qua bưu chính.',
          },
        ];
      }
      return [];
    }
    if (input.deliveryAddress) {
      return [
        {
          field: 'deliveryAddress',
          message: 'Chỉ nhập địa chỉ nhận khi chọn nhận kết quả qua bưu chính (POSTAL).',
        },
      ];
    }
    return [];
  }
}

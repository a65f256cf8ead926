import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import { NotFoundError } from '@motcua/domain';
import { DataSource } from 'typeorm';
import { ClaimCodes } from '../dossiers/claim-codes';
import { DossierReader } from '../dossiers/dossier.reader';
import { ProcedureCatalog } from '../procedures/procedure-catalog.service';
import {
  assertFormAvailable,
  formFileName,
  FormName,
  FormSources,
  parseFormFileName,
  renderApologySlip,
  renderControlSheet,
  renderReceiptSlip,
  renderRefusalSlip,
  renderSupplementRequestSlip,
  toApologyData,
  toControlSheetData,
  toReceiptSlipData,
  toRefusalData,
  toSupplementRequestData,
} from '@motcua/forms';

export interface RenderedForm {
  fileName: string;
  content: Buffer;
}

const RENDER: Record<FormName, (sources: FormSources) => Promise<Buffer>> = {
  [FormName.Receipt]: (s) => renderReceiptSlip(toReceiptSlipData(s)),
  [FormName.SupplementRequest]: (s) => renderSupplementRequestSlip(toSupplementRequestData(s)),
  [FormName.Refusal]: (s) => renderRefusalSlip(toRefusalData(s)),
  [FormName.Apology]: (s) => renderApologySlip(toApologyData(s)),
  [FormName.ControlSheet]: (s) => renderControlSheet(toControlSheetData(s)),
};

/** Only these read the dossier's history. */
const NEEDS_HISTORY: ReadonlySet<FormName> = new Set([FormName.Receipt, FormName.ControlSheet]);

/** The Circular 01/2018 forms of a dossier, for its owner and its agency's officials. */
@Injectable()
export class FormsService {
  constructor(
    private readonly reader: DossierReader,
    private readonly catalog: ProcedureCatalog,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly claimCodes: ClaimCodes,
  ) {}

  async render(user: AuthenticatedUser, ref: string, file: string): Promise<RenderedForm> {
    const form = parseFormFileName(file);
    if (!form) throw new NotFoundError('Không có biểu mẫu này.');
    const dossier = await this.reader.findVisible(this.dataSource.manager, user, ref);
    assertFormAvailable(form, dossier);
    const [procedure, history] = await Promise.all([
      this.catalog.findForFiling(this.dataSource.manager, dossier.procedure_code),
      NEEDS_HISTORY.has(form) ? this.reader.history(user, ref) : { items: [] },
    ]);
    const content = await RENDER[form]({
      dossier,
      procedure,
      history: history.items,
      publicBaseUrl: this.config.get('PUBLIC_BASE_URL'),
      now: new Date(),
      // only the desk's agency sees a dossier nobody has claimed yet
      claimCode:
        form === FormName.Receipt && dossier.claim_nonce && !dossier.owner_id
          ? this.claimCodes.of(dossier.id, dossier.claim_nonce)
          : null,
    });
    return { fileName: formFileName(form, dossier), content };
  }
}

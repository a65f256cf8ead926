import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AttachmentProblemKind,
  Channel,
  DeliveryMethod,
  DossierStatus,
  PUBLIC_STEP_ACTIONS,
  PublicStepAction,
} from '@motcua/domain';
import { DeliveryAddressDto } from './delivery-address.dto';

export class ApplicantDto {
  @ApiProperty() nationalId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
}

export class AttachmentDto {
  @ApiProperty() documentCode: string;
  @ApiProperty({ format: 'uuid' }) fileId: string;
  @ApiProperty() fileName: string;
}

export class AssigneeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fullName: string;
}

export class DeliveryDto {
  @ApiProperty() status: string;
  @ApiProperty({ nullable: true, type: String }) trackingNumber: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt: string | null;
}

export class AttachmentProblemDto {
  @ApiProperty() documentCode: string;
  @ApiProperty({ format: 'uuid' }) fileId: string;
  @ApiProperty({
    enum: AttachmentProblemKind,
    description:
      '`MISSING`: no stored bytes; `HASH_MISMATCH`: the bytes changed since upload (both ' +
      'flagged in the history); `UNVERIFIED`: could not be verified, the file store failed ' +
      'to read it on every attempt (a store fault, not evidence against the file; not ' +
      'flagged, the applicant was told all the same; check the file by hand)',
  })
  problem: AttachmentProblemKind;
}

export class AttachmentCheckDto {
  @ApiProperty({ format: 'date-time' }) verifiedAt: string;
  @ApiProperty({ description: 'Every attached file was found with its recorded SHA-256' })
  ok: boolean;
  @ApiProperty({ description: 'How many attachments were checked' }) checked: number;
  @ApiProperty({ type: [AttachmentProblemDto] }) problems: AttachmentProblemDto[];
}

export class ActorRefDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) id: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'RECEPTION' }) role: string;
}

export class SupplementRequestDto {
  @ApiProperty() reason: string;
  @ApiProperty({ type: [String], description: 'Codes of the documents to add' })
  documents: string[];
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ type: ActorRefDto }) requestedBy: ActorRefDto;
  @ApiProperty({ enum: DossierStatus }) fromStatus: DossierStatus;
  @ApiPropertyOptional({ format: 'date-time' }) resolvedAt?: string;
}

export class ResultDto {
  @ApiProperty({ enum: ['GRANTED', 'REFUSED'] }) outcome: 'GRANTED' | 'REFUSED';
  @ApiProperty() summary: string;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @ApiProperty({ type: ActorRefDto }) proposedBy: ActorRefDto;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) resultFileId?:
    string | null;
  @ApiPropertyOptional({ format: 'date-time' }) approvedAt?: string;
  @ApiPropertyOptional({ type: ActorRefDto }) approvedBy?: ActorRefDto;
}

export class RejectionDto {
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) rejectedAt: string;
  @ApiProperty({ type: ActorRefDto }) rejectedBy: ActorRefDto;
}

export class ExtensionDto {
  @ApiProperty({ format: 'date', nullable: true, type: String }) previousAppointmentDate:
    string | null;
  @ApiProperty({ format: 'date' }) newAppointmentDate: string;
  @ApiProperty({ description: 'The apology (Mẫu 04)' }) reason: string;
  @ApiProperty({ format: 'date-time' }) extendedAt: string;
  @ApiProperty({ type: ActorRefDto }) extendedBy: ActorRefDto;
}

export class ReceivedByDto {
  @ApiProperty({ example: '000.00.01.H00' }) agencyCode: string;
  @ApiProperty({ example: 'Trung tâm Phục vụ hành chính công phường' }) agencyName: string;
}

export class DossierResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, example: '000.00.00.H00-261126-0001' }) code:
    string | null;
  @ApiProperty() procedureCode: string;
  @ApiProperty() procedureName: string;
  @ApiProperty({
    example: '000.00.00.H00',
    description: 'The competent agency: the procedure’s, which decides the dossier',
  })
  agencyCode: string;
  @ApiPropertyOptional({
    type: ReceivedByDto,
    description:
      'Present when a Public Administration Service Centre received the dossier for the ' +
      'competent agency (receipt regardless of administrative boundary, Decree 118/2025): the ' +
      'centre, whose identifier the code carries. Its officials see the dossier and may hand ' +
      'the result over (`return`); everything else is the competent agency’s.',
  })
  receivedBy?: ReceivedByDto;
  @ApiProperty({ enum: DossierStatus }) status: DossierStatus;
  @ApiProperty({ example: 'Chờ tiếp nhận' }) statusLabel: string;
  @ApiProperty({ minimum: 1, maximum: 10, description: "National portal's status code" })
  nationalStatusCode: number;
  @ApiProperty({ enum: Channel }) channel: Channel;
  @ApiProperty({ type: ApplicantDto }) applicant: ApplicantDto;
  @ApiProperty({ type: 'object', additionalProperties: true }) formData: Record<string, unknown>;
  @ApiProperty({ type: [AttachmentDto] }) attachments: AttachmentDto[];
  @ApiProperty({ enum: DeliveryMethod }) deliveryMethod: DeliveryMethod;
  @ApiProperty({ type: DeliveryAddressDto, nullable: true })
  deliveryAddress: DeliveryAddressDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) receivedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2026-12-03' })
  appointmentDate: string | null;
  @ApiProperty() overdue: boolean;
  @ApiPropertyOptional({ type: AssigneeDto }) assignee?: AssigneeDto;
  @ApiPropertyOptional({ type: SupplementRequestDto }) supplementRequest?: SupplementRequestDto;
  @ApiPropertyOptional({ type: ResultDto }) result?: ResultDto;
  @ApiPropertyOptional({ type: RejectionDto, description: 'Extension: why the desk refused it' })
  rejection?: RejectionDto;
  @ApiPropertyOptional({ type: ExtensionDto, description: 'Extension: the one rescheduling' })
  extension?: ExtensionDto;
  @ApiPropertyOptional({ type: DeliveryDto }) delivery?: DeliveryDto;
  @ApiPropertyOptional({
    type: AttachmentCheckDto,
    description:
      'Officials only: the re-verification of the attached files after the dossier arrived ' +
      '(each file read back and its SHA-256 compared with the one recorded at upload). ' +
      'Absent until the worker has run it; a failure is also flagged in the history ' +
      '(`flag-attachments`, seen by officials only).',
  })
  attachmentCheck?: AttachmentCheckDto;
  @ApiPropertyOptional({
    example: 'K7QM-2XWD-9HTB',
    description:
      'Only in the desk’s answer to entering a dossier (`POST /dossiers` with `channel`): the ' +
      'one-time code the applicant claims it with (`POST /dossiers/claim`). Also printed on ' +
      'the receipt (Mẫu 01) until claimed. Never stored: it cannot be shown again elsewhere.',
  })
  claimCode?: string;
}

export class DossierPageResponse {
  @ApiProperty({ type: [DossierResponse] }) items: DossierResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class StatusCountDto {
  @ApiProperty({ enum: DossierStatus }) status: DossierStatus;
  @ApiProperty({ example: 'Đang xử lý' }) statusLabel: string;
  @ApiProperty({ description: 'Dossiers of the agency in this status' }) count: number;
  @ApiProperty({ description: 'Of which past their appointment date' }) overdue: number;
}

export class DossierCountsResponse {
  @ApiProperty({
    type: [StatusCountDto],
    description:
      'One entry per status of the agency’s work that has dossiers, in the lifecycle order',
  })
  items: StatusCountDto[];
}

export class ActorDto {
  @ApiProperty({ example: 'CITIZEN' }) role: string;
  @ApiProperty() name: string;
}

export class HistoryEntryDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'submit' }) action: string;
  @ApiProperty({ enum: DossierStatus, nullable: true }) fromStatus: DossierStatus | null;
  @ApiProperty({ enum: DossierStatus }) toStatus: DossierStatus;
  @ApiProperty({ type: ActorDto }) actor: ActorDto;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

export class HistoryResponse {
  @ApiProperty({
    type: [HistoryEntryDto],
    description:
      'Oldest first. Officials of the agency see every entry; the owner does not see ' +
      '`flag-attachments` (the intake flag on the stored files, an internal matter: a ' +
      'citizen is asked for new copies with `request-supplement`).',
  })
  items: HistoryEntryDto[];
}

export class TrackingDeliveryDto {
  @ApiProperty({ enum: DeliveryMethod }) method: DeliveryMethod;
  @ApiProperty({ nullable: true, type: String }) status: string | null;
  @ApiProperty({ nullable: true, type: String }) trackingNumber: string | null;
}

export class TrackingStepDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({
    enum: PUBLIC_STEP_ACTIONS,
    description:
      "The action of the history entry. Only public steps are listed: the agency's internal " +
      'steps (proposal, send-back), saved drafts, claims and intake checks are not.',
  })
  action: PublicStepAction;
  @ApiProperty({ description: 'The step in Vietnamese, e.g. "Cơ quan đã tiếp nhận hồ sơ".' })
  label: string;
  @ApiProperty({
    enum: DossierStatus,
    description: 'The status the step led to (unchanged by `extend`).',
  })
  status: DossierStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'On an `extend` step, the new appointment date; null on the others.',
  })
  newAppointmentDate: string | null;
}

export class TrackingResponse {
  @ApiProperty({ example: '000.00.00.H00-261126-0001' }) code: string;
  @ApiProperty() procedureName: string;
  @ApiProperty({ enum: DossierStatus }) status: DossierStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) receivedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) appointmentDate: string | null;
  @ApiProperty() overdue: boolean;
  @ApiPropertyOptional({ type: TrackingDeliveryDto }) delivery?: TrackingDeliveryDto;
  @ApiProperty({
    type: [TrackingStepDto],
    description:
      "The public steps of the dossier's history, oldest first: when and what, never who " +
      'acted or a note.',
  })
  steps: TrackingStepDto[];
}

import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ExportFile')
export class ExportFileModel {
  @Field() filename: string;
  @Field() contentType: string;
  @Field() content: string;
}

@ObjectType('MyDataExport', { description: 'Everything Attune holds about me' })
export class MyDataExportModel {
  @Field() generatedAt: Date;
  @Field({ description: 'All sections as one JSON document' }) json: string;
  @Field({ description: 'All sections as one CSV (section, record, field, value)' }) csv: string;
  @Field(() => [ExportFileModel], { description: 'data.json and one CSV per section (e.g. check-ins.csv)' }) files: ExportFileModel[];
}

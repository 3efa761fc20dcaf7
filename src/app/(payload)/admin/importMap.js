import { LegislationNoticesPanel as LegislationNoticesPanel_939956a7429d30e3553edcd958271262 } from '../../../components/admin/LegislationNoticesPanel.client'
import { PendingReviewNotice as PendingReviewNotice_606151b1595a0908ade031012241d0b6 } from '../../../components/admin/PendingReviewNotice.client'
import { ReviewStateCell as ReviewStateCell_5f324195092b6ad59d6ed38666f311ff } from '../../../components/admin/ReviewStateCell.client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DanishDateCell as DanishDateCell_efccf95206a68559a19ed0ec3d2750da } from '../../../components/admin/DanishDateCell.client'
import { DanishDateField as DanishDateField_ae9f6712cdd5d32527b8fcbe8379e984 } from '../../../components/admin/DanishDateField.client'
import { ArrayRowLabel as ArrayRowLabel_176ef8c3965713aca1dcac659454645b } from '../../../components/admin/ArrayRowLabel.client'
import { VerifyListingButton as VerifyListingButton_23b233ac1ce080f24dd2ff3d5c02d5c3 } from '../../../components/admin/VerifyListingButton.client'
import { RepealPanel as RepealPanel_fcecabea6bac2c0acbd27d4a29bf11fe } from '../../../legislation/repeal/admin/RepealPanel'
import { OwnListingsDefault as OwnListingsDefault_2034b9c0ccf4d6b11aa2c2e05c837403 } from '../../../components/admin/OwnListingsDefault'
import { RepealedFilter as RepealedFilter_4e879d2bf54a6a233130f5951dc35033 } from '../../../legislation/repeal/admin/RepealedFilter'
import { AccountStatusButton as AccountStatusButton_c823b78b5cca820d39063e50e9e510b1 } from '../../../components/admin/AccountStatusButton.client'
import { ResendInvitationButton as ResendInvitationButton_ed4333b0331e5c87734c622a8833e669 } from '../../../components/admin/ResendInvitationButton.client'
import { AdminSsoButtons as AdminSsoButtons_21a75ea22603171ea429a32e8385aca9 } from '../../../sso/components/AdminSsoButtons'
import { ReviewNavLink as ReviewNavLink_2061df2b597aa1b45b8a50b69d4de1cb } from '../../../components/admin/ReviewNavLink'
import { MyListingsNavLinks as MyListingsNavLinks_8317309124483c650bd9ca7b3b6990ff } from '../../../components/admin/MyListingsNavLinks.client'
import { OverviewNavLink as OverviewNavLink_12410068770d78274c007b09b8015a5a } from '../../../components/admin/OverviewNavLink.client'
import { RepealNavLink as RepealNavLink_c540d5917f2373871c8fad28854f4332 } from '../../../legislation/repeal/admin/RepealNavLink'
import { ErrorReportsNavLink as ErrorReportsNavLink_732b5dd69ba39b5df90557c03d448ab8 } from '../../../components/admin/ErrorReportsNavLink'
import { SearchStatsNavLink as SearchStatsNavLink_99872bacb8eda097a6f4cda488f57e48 } from '../../../components/admin/SearchStatsNavLink.client'
import { SsoNavLink as SsoNavLink_44039ee3ad5c32e91cf3c7c8d674326f } from '../../../sso/components/SsoNavLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ReviewView as ReviewView_bd39143e540e8b87b42a43b22c1459a2 } from '../../../components/admin/ReviewView'
import { OverviewView as OverviewView_5d5529febef9806330273f8c4298b4ef } from '../../../components/admin/OverviewView'
import { RepealView as RepealView_3761a5d2f57eb2f74034663da8ef2c7c } from '../../../legislation/repeal/admin/RepealView'
import { SearchStatsView as SearchStatsView_52cbfb036cdd3ef249315b48e3f54e32 } from '../../../components/admin/SearchStatsView'
import { SsoSettingsView as SsoSettingsView_4bbbb338314c3d74a0ad33bdf127f922 } from '../../../sso/components/SsoSettingsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/LegislationNoticesPanel.client#LegislationNoticesPanel": LegislationNoticesPanel_939956a7429d30e3553edcd958271262,
  "/components/admin/PendingReviewNotice.client#PendingReviewNotice": PendingReviewNotice_606151b1595a0908ade031012241d0b6,
  "/components/admin/ReviewStateCell.client#ReviewStateCell": ReviewStateCell_5f324195092b6ad59d6ed38666f311ff,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/DanishDateCell.client#DanishDateCell": DanishDateCell_efccf95206a68559a19ed0ec3d2750da,
  "/components/admin/DanishDateField.client#DanishDateField": DanishDateField_ae9f6712cdd5d32527b8fcbe8379e984,
  "/components/admin/ArrayRowLabel.client#ArrayRowLabel": ArrayRowLabel_176ef8c3965713aca1dcac659454645b,
  "/components/admin/VerifyListingButton.client#VerifyListingButton": VerifyListingButton_23b233ac1ce080f24dd2ff3d5c02d5c3,
  "/legislation/repeal/admin/RepealPanel#RepealPanel": RepealPanel_fcecabea6bac2c0acbd27d4a29bf11fe,
  "/components/admin/OwnListingsDefault#OwnListingsDefault": OwnListingsDefault_2034b9c0ccf4d6b11aa2c2e05c837403,
  "/legislation/repeal/admin/RepealedFilter#RepealedFilter": RepealedFilter_4e879d2bf54a6a233130f5951dc35033,
  "/components/admin/AccountStatusButton.client#AccountStatusButton": AccountStatusButton_c823b78b5cca820d39063e50e9e510b1,
  "/components/admin/ResendInvitationButton.client#ResendInvitationButton": ResendInvitationButton_ed4333b0331e5c87734c622a8833e669,
  "/sso/components/AdminSsoButtons#AdminSsoButtons": AdminSsoButtons_21a75ea22603171ea429a32e8385aca9,
  "/components/admin/ReviewNavLink#ReviewNavLink": ReviewNavLink_2061df2b597aa1b45b8a50b69d4de1cb,
  "/components/admin/MyListingsNavLinks.client#MyListingsNavLinks": MyListingsNavLinks_8317309124483c650bd9ca7b3b6990ff,
  "/components/admin/OverviewNavLink.client#OverviewNavLink": OverviewNavLink_12410068770d78274c007b09b8015a5a,
  "/legislation/repeal/admin/RepealNavLink#RepealNavLink": RepealNavLink_c540d5917f2373871c8fad28854f4332,
  "/components/admin/ErrorReportsNavLink#ErrorReportsNavLink": ErrorReportsNavLink_732b5dd69ba39b5df90557c03d448ab8,
  "/components/admin/SearchStatsNavLink.client#SearchStatsNavLink": SearchStatsNavLink_99872bacb8eda097a6f4cda488f57e48,
  "/sso/components/SsoNavLink#SsoNavLink": SsoNavLink_44039ee3ad5c32e91cf3c7c8d674326f,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/admin/ReviewView#ReviewView": ReviewView_bd39143e540e8b87b42a43b22c1459a2,
  "/components/admin/OverviewView#OverviewView": OverviewView_5d5529febef9806330273f8c4298b4ef,
  "/legislation/repeal/admin/RepealView#RepealView": RepealView_3761a5d2f57eb2f74034663da8ef2c7c,
  "/components/admin/SearchStatsView#SearchStatsView": SearchStatsView_52cbfb036cdd3ef249315b48e3f54e32,
  "/sso/components/SsoSettingsView#SsoSettingsView": SsoSettingsView_4bbbb338314c3d74a0ad33bdf127f922,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

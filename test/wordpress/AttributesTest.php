<?php
/**
 * The attribute checks: only allowed values reach the element; refused ones give a notice.
 *
 * @package HF_Widgets
 */

use PHPUnit\Framework\TestCase;

/**
 * Tests of hf_widgets_check_attributes() and the exit address rule.
 */
class AttributesTest extends TestCase {

	/**
	 * Checks banner attributes against the default action.
	 *
	 * @param array $raw Raw attributes.
	 */
	private function banner( $raw ) {
		return hf_widgets_check_attributes( 'hotline-banner', $raw, hf_widgets_default_document() );
	}

	public function test_allowed_values_pass_through_in_their_canonical_form() {
		$checked = $this->banner(
			array(
				'hotlines'      => ' Astra , nadel ',
				'quick-exit'    => 'yes',
				'dismissible'   => true,
				'position'      => 'TOP',
				'variant'       => 'compact',
				'lang'          => 'sr-latn',
				'heading-level' => '3',
				'exit-url'      => 'https://example.org/weather',
			)
		);
		$this->assertSame(
			array(
				'hotlines'      => 'astra,nadel',
				'quick-exit'    => true,
				'dismissible'   => true,
				'position'      => 'top',
				'variant'       => 'compact',
				'lang'          => 'sr-Latn',
				'heading-level' => '3',
				'exit-url'      => 'https://example.org/weather',
			),
			$checked['attributes']
		);
		$this->assertSame( array(), $checked['notices'] );
	}

	public function test_flags_read_yes_and_no_words() {
		foreach ( array( 'yes', 'true', '1', 'on', true ) as $on ) {
			$this->assertTrue( hf_widgets_parse_flag( $on ) );
		}
		foreach ( array( 'no', 'false', '0', 'off', false ) as $off ) {
			$this->assertFalse( hf_widgets_parse_flag( $off ) );
		}
		$this->assertNull( hf_widgets_parse_flag( 'maybe' ) );
	}

	public function test_unknown_values_are_dropped_with_one_notice_each() {
		$checked = $this->banner(
			array(
				'position'      => 'sideways',
				'variant'       => '" onclick="x',
				'lang'          => 'de',
				'heading-level' => '9',
				'dismissible'   => 'perhaps',
				'onclick'       => 'alert(1)',
			)
		);
		$this->assertSame( array(), $checked['attributes'] );
		$this->assertCount( 6, $checked['notices'] );
		$this->assertStringContainsString( 'inline, top, bottom', $checked['notices'][0] );
		$this->assertStringContainsString( 'onclick', $checked['notices'][5] );
	}

	public function test_unknown_hotlines_are_dropped_and_known_ones_kept_in_order() {
		$checked = $this->banner( array( 'hotlines' => 'police,unknown,astra,police' ) );
		$this->assertSame( 'police,astra', $checked['attributes']['hotlines'] );
		$this->assertCount( 1, $checked['notices'] );
		$this->assertStringContainsString( 'astra, natco, missing-children, nadel, police', $checked['notices'][0] );
	}

	public function test_quick_exit_gets_the_sites_exit_address_when_none_is_given() {
		$checked = $this->banner( array( 'quick-exit' => 'yes' ) );
		$this->assertSame( hf_widgets_settings()['exit_url'], $checked['attributes']['exit-url'] );
	}

	public function test_exit_address_must_be_an_absolute_http_address_of_another_site() {
		$refused = array(
			'javascript:alert(1)',
			'/relative/page',
			'//example.org/',
			'ftp://example.org/',
			'https://user:secret@example.org/',
			'https://example.org/"><script>',
			'https://exa mple.org/',
			home_url( '/another-post/' ),
			'data:text/html,hi',
		);
		foreach ( $refused as $url ) {
			$this->assertNotNull( hf_widgets_exit_url_problem( $url ), $url );
		}
		$this->assertNull( hf_widgets_exit_url_problem( 'https://www.google.com/webhp' ) );
		$this->assertNull( hf_widgets_exit_url_problem( 'http://example.org/?q=weather&lang=sr' ) );
	}

	public function test_groups_must_exist_in_the_document() {
		$document = hf_widgets_default_document();
		$this->assertSame( array( 'group' => 'civil-society' ), hf_widgets_check_attributes( 'beneficiary-list', array( 'group' => 'civil-society' ), $document )['attributes'] );
		$checked = hf_widgets_check_attributes( 'beneficiary-list', array( 'group' => 'friends' ), $document );
		$this->assertSame( array(), $checked['attributes'] );
		$this->assertCount( 1, $checked['notices'] );
	}

	public function test_each_element_accepts_only_its_own_attributes() {
		$checked = hf_widgets_check_attributes( 'budget-breakdown', array( 'quick-exit' => 'yes', 'chart' => 'donut' ), hf_widgets_default_document() );
		$this->assertSame( array( 'chart' => 'donut' ), $checked['attributes'] );
		$this->assertCount( 1, $checked['notices'] );
	}
}
